package cn.zwgk.audit.watch;

import cn.zwgk.audit.engine.RuleBase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** The loop every watch runs: once now, then once after each batch of changes, until closed. */
final class Reruns {
    private Reruns() {}

    /**
     * @param rules the rules folder, whose compiler is warmed up after the first run, while the
     *     user edits, so the first edit does not also pay for that (seconds)
     * @param changed told of each batch of changes before the run it causes
     * @param run one run
     */
    static void loop(Path rules, ChangeSource changes, Consumer<Set<Path>> changed, Runnable run)
            throws InterruptedException {
        run.run();
        Thread warming = new Thread(() -> RuleBase.warmUpCompiler(rules), "zwgk-warm-up");
        warming.setDaemon(true);
        warming.setPriority(Thread.MIN_PRIORITY);
        warming.start();
        for (Optional<Set<Path>> files = changes.next();
                files.isPresent();
                files = changes.next()) {
            changed.accept(files.get());
            run.run();
        }
    }

    static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
