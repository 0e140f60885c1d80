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
 * SHA-256 of a set of files. For an audit they are computed on a thread of their own from the
 * moment the files are known, so that hashing hundreds of megabytes of evidence overlaps reading
 * them instead of following it; otherwise each file is hashed only if its digest is asked for.
 */
public final class FileDigests {
    private final Map<Path, CompletableFuture<String>> byFile;
    private final boolean inBackground;

    private FileDigests(List<Path> files, boolean inBackground) {
        Map<Path, CompletableFuture<String>> futures = new LinkedHashMap<>();
        files.forEach(file -> futures.put(file, new CompletableFuture<>()));
        this.byFile = futures;
        this.inBackground = inBackground;
    }

    /** Digests each computed when first asked for. */
    public static FileDigests onDemand(List<Path> files) {
        return new FileDigests(files, false);
    }

    /** Starts hashing {@code files}, one after another, on a new daemon thread. */
    public static FileDigests start(List<Path> files) {
        FileDigests digests = new FileDigests(files, true);
        Thread hashing =
                new Thread(() -> digests.byFile.keySet().forEach(digests::compute), "zwgk-digests");
        hashing.setDaemon(true);
        hashing.start();
        return digests;
    }

    /**
     * The digest of one of the files, waiting for it if it is being computed.
     *
     * @throws IllegalArgumentException for a file that was not given
     * @throws UncheckedIOException when the file could not be read
     */
    public String sha256(Path file) {
        CompletableFuture<String> digest = byFile.get(file);
        if (digest == null) {
            throw new IllegalArgumentException("未计算摘要的文件：" + file);
        }
        if (!inBackground && !digest.isDone()) {
            compute(file);
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

    private void compute(Path file) {
        CompletableFuture<String> digest = byFile.get(file);
        try {
            digest.complete(Sha256.of(file));
        } catch (IOException | RuntimeException e) {
            digest.completeExceptionally(e);
        }
    }
}
