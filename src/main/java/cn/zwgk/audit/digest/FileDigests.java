package cn.zwgk.audit.digest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * SHA-256 of a set of files, computed on a thread of its own from the moment the files are known,
 * so that hashing hundreds of megabytes of evidence overlaps reading them instead of following it.
 */
public final class FileDigests {
    private final Map<Path, CompletableFuture<String>> byFile;

    private FileDigests(Map<Path, CompletableFuture<String>> byFile) {
        this.byFile = byFile;
    }

    /** No files. */
    public static FileDigests none() {
        return new FileDigests(Map.of());
    }

    /** Starts hashing {@code files}, one after another, on a new daemon thread. */
    public static FileDigests start(List<Path> files) {
        Map<Path, CompletableFuture<String>> byFile = new LinkedHashMap<>();
        files.forEach(file -> byFile.put(file, new CompletableFuture<>()));
        Thread hashing = new Thread(() -> byFile.forEach((file, digest) -> {
            try {
                digest.complete(Sha256.of(file));
            } catch (IOException | RuntimeException e) {
                digest.completeExceptionally(e);
            }
        }), "zwgk-digests");
        hashing.setDaemon(true);
        hashing.start();
        return new FileDigests(Map.copyOf(byFile));
    }

    /**
     * The digest of a file given to {@link #start}, waiting for it if need be.
     *
     * @throws IllegalArgumentException for a file that was not given
     * @throws UncheckedIOException when the file could not be read
     */
    public String sha256(Path file) {
        CompletableFuture<String> digest = byFile.get(file);
        if (digest == null) {
            throw new IllegalArgumentException("未计算摘要的文件：" + file);
        }
        try {
            return digest.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw e;
        }
    }
}
