package cn.zwgk.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A {@code --watch} command running on its own thread, with a keyboard the test can close (Ctrl-D).
 * Tests wait on its output, with a generous bound for a slow machine, rather than sleeping.
 */
final class Resident {
    static final Duration PATIENCE = Duration.ofMinutes(3);

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private final PipedOutputStream keyboard = new PipedOutputStream();
    private final CompletableFuture<Integer> exit;

    Resident(String... args) throws Exception {
        PipedInputStream in = new PipedInputStream(keyboard);
        exit =
                CompletableFuture.supplyAsync(
                        () ->
                                Main.run(
                                        in,
                                        new PrintWriter(out, true),
                                        new PrintWriter(err, true),
                                        args));
    }

    /** Waits until the output contains {@code text}, at most {@link #PATIENCE}. */
    void awaitOutput(String text) throws InterruptedException {
        awaitOutput(Pattern.compile(Pattern.quote(text)));
    }

    /** Waits until the output contains a match of {@code pattern}, at most {@link #PATIENCE}. */
    void awaitOutput(Pattern pattern) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!pattern.matcher(out.toString()).find() && System.nanoTime() < deadline) {
            assertThat(exit).as("ended early: %s%s", out, err).isNotDone();
            Thread.sleep(50);
        }
        assertThat(out.toString()).as(err.toString()).containsPattern(pattern);
    }

    /** Ends input, as Ctrl-D does, and returns the exit code. */
    int endInput() throws Exception {
        keyboard.close();
        return exit.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    }
}
