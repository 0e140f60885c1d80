package cn.zwgk.audit.watch;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Changes a test announces itself, so a watch re-runs exactly when the test says. */
final class QueuedChanges implements ChangeSource {
    private final BlockingQueue<Optional<Set<Path>>> queue = new LinkedBlockingQueue<>();

    /** A watch's loop, run against these changes. */
    interface Loop {
        void run(ChangeSource changes) throws InterruptedException;
    }

    /** Runs a watch on its own thread until these changes are closed. */
    Thread runOn(Loop loop) {
        Thread watching =
                new Thread(
                        () -> {
                            try {
                                loop.run(this);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        });
        watching.start();
        return watching;
    }

    void changed(Path... files) {
        queue.add(Optional.of(Set.of(files)));
    }

    @Override
    public Optional<Set<Path>> next() throws InterruptedException {
        Optional<Set<Path>> next = queue.take();
        if (next.isEmpty()) {
            queue.add(next);
        }
        return next;
    }

    @Override
    public void close() {
        queue.add(Optional.empty());
    }
}
