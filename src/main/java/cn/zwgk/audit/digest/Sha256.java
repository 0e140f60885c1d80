package cn.zwgk.audit.digest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in the one form the tool shows and keys by (report manifests, rule fingerprints, cache
 * entries): lower-case hex.
 */
public final class Sha256 {
    private Sha256() {}

    /** A digest to feed piece by piece; {@link #hex(MessageDigest)} finishes it. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException(e);
        }
    }

    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String of(String text) {
        MessageDigest digest = digest();
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        return hex(digest);
    }

    public static String of(Path file) throws IOException {
        MessageDigest digest = digest();
        update(digest, file);
        return hex(digest);
    }

    /** Feeds a file's bytes to a digest in chunks: evidence files run to hundreds of megabytes. */
    public static void update(MessageDigest digest, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[1 << 16];
            for (int read; (read = in.read(chunk)) > 0; ) {
                digest.update(chunk, 0, read);
            }
        }
    }
}
