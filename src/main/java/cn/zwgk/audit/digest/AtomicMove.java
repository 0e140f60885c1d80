package cn.zwgk.audit.digest;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts a finished file in place of another, so that a reader sees the old file or the new one and
 * never half of it: reports, cache entries.
 */
public final class AtomicMove {
    private AtomicMove() {}

    /**
     * Moves {@code temp} over {@code target}; atomically where the file system can, else as a plain
     * move.
     */
    public static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(
                    temp,
                    target,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
