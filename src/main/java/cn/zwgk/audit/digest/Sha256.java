package cn.zwgk.audit.digest;

import java.io.IOException;
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
        digest.update(Files.readAllBytes(file));
        return hex(digest);
    }
}
