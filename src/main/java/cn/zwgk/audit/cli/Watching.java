package cn.zwgk.audit.cli;

import cn.zwgk.audit.watch.ChangeSource;
import cn.zwgk.audit.watch.FolderWatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every {@code --watch} shares: it ends at end of input (Ctrl-D) or on Ctrl-C, in both cases
 * after the run in progress, and says so.
 */
final class Watching {
    /** How long Ctrl-C waits for the run in progress before the process ends anyway. */
    private static final Duration FINISHING = Duration.ofSeconds(5);

    private Watching() {}

    /** A watch loop, ended by closing its change source. */
    interface Loop {
        void run(ChangeSource changes) throws InterruptedException;
    }

    /**
     * Watches {@code roots} (but not {@code ignored}, where the run writes) and runs {@code loop}
     * on their changes until input ends or Ctrl-C; a folder that cannot be watched is a bad option.
     */
    static int run(
            List<Path> roots,
            List<Path> ignored,
            InputStream in,
            PrintWriter out,
            PrintWriter err,
            Loop loop) {
        FolderWatch changes = folders(roots, ignored, err);
        if (changes == null) {
            return ExitCode.BAD_OPTIONS.code;
        }
        return run(changes, in, out, loop);
    }

    private static int run(ChangeSource changes, InputStream in, PrintWriter out, Loop loop) {
        CountDownLatch finished = new CountDownLatch(1);
        Thread input =
                new Thread(
                        () -> {
                            try {
                                while (in.read() >= 0) {
                                    // Only the end of input matters.
                                }
                            } catch (IOException closed) {
                                // As the end of input.
                            }
                            changes.close();
                        },
                        "zwgk-watch-input");
        input.setDaemon(true);
        Thread interrupt =
                new Thread(
                        () -> {
                            changes.close();
                            try {
                                finished.await(FINISHING.toMillis(), TimeUnit.MILLISECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "zwgk-watch-stop");
        Runtime.getRuntime().addShutdownHook(interrupt);
        input.start();
        try {
            loop.run(changes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            changes.close();
            out.println("已停止监视。");
            out.flush();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(interrupt);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and has just been released.
            }
        }
        return ExitCode.OK.code;
    }

    /**
     * How a watch names a file: from the watched folder it lies in, that folder's own name first
     * ({@code rules/t14-….drl}); else as given.
     */
    static Function<Path, String> names(Path... roots) {
        return file -> {
            for (Path root : roots) {
                Path absolute = root.toAbsolutePath().normalize();
                Path f = file.toAbsolutePath().normalize();
                if (f.startsWith(absolute) && absolute.getFileName() != null) {
                    return absolute.getFileName().resolve(absolute.relativize(f)).toString();
                }
            }
            return file.toString();
        };
    }

    static String join(Collection<Path> files, Function<Path, String> name) {
        return files.stream().map(name).sorted().collect(Collectors.joining("、"));
    }

    /** Watches these folders; null, having said why on {@code err}, when they cannot be. */
    private static FolderWatch folders(List<Path> roots, List<Path> ignored, PrintWriter err) {
        try {
            return new FolderWatch(roots, ignored);
        } catch (IOException e) {
            err.println(
                    "错误：无法监视 "
                            + roots.stream().map(Path::toString).collect(Collectors.joining("、"))
                            + "："
                            + e.getMessage());
            return null;
        }
    }

    /** The line a watch prints before re-running: the files that changed. */
    static void changed(PrintWriter out, Set<Path> files, Function<Path, String> name) {
        out.println();
        out.println("改动：" + join(files, name));
    }

    /** A run's time as the watch prints it: {@code 用时 0.62 秒}. */
    static String took(Duration took) {
        return String.format("用时 %.2f 秒", took.toNanos() / 1e9);
    }
}
