package cn.zwgk.audit.watch;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Where a resident run learns that its input files changed: the file system ({@link FolderWatch})
 * or, in tests, whatever the test says. Closing it, from any thread, ends the run.
 */
public interface ChangeSource extends AutoCloseable {
    /**
     * Waits for the next batch of changes.
     *
     * @return the files that changed, or empty once the source is closed
     */
    Optional<Set<Path>> next() throws InterruptedException;

    @Override
    void close();
}
