package cn.zwgk.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.TestFiles;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --watch} as a user runs it: the real file system tells it of an edit, it prints what moved
 * and how long the run took, and end of input stops it cleanly. The test waits on the output (with
 * a generous bound) rather than sleeping.
 */
class WatchCommandsTest {
    static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir Path temp;

    /** A command running on its own thread, with a keyboard the test can close. */
    static final class Resident {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final PipedOutputStream keyboard = new PipedOutputStream();
        final CompletableFuture<Integer> exit;

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

        /** Waits until the output contains a match of {@code pattern}. */
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

    @Test
    void auditWatchReauditsAnEditedRuleAndShowsWhatMovedUntilInputEnds() throws Exception {
        Path rules = TestFiles.copyTree(Path.of("rules"), temp.resolve("rules"));
        Path evidence = TestFiles.copyTree(Path.of("sample-data/2020"), temp.resolve("ev"));
        Path out = temp.resolve("out");
        Resident watch =
                new Resident(
                        "audit",
                        "--watch",
                        evidence.toString(),
                        "--rules",
                        rules.toString(),
                        "--out",
                        out.toString());
        watch.awaitOutput("监视规则与证据的改动");
        assertThat(watch.out.toString()).contains("任务 34 项：已完成 24");

        Path t14 = rules.resolve("t14-diversified-interpretation.drl");
        Files.writeString(
                t14,
                Files.readString(t14)
                        .replace("return 50; }", "return 99; } // " + System.nanoTime()));
        watch.awaitOutput("任务 14：已完成 → 未完成");

        assertThat(watch.endInput()).isZero();
        assertThat(watch.out.toString())
                .contains(
                        "改动：rules/t14-diversified-interpretation.drl",
                        "重新编译：rules/t14-diversified-interpretation.drl",
                        "      法制科：已完成 → 未完成")
                .containsPattern("用时 \\d+\\.\\d\\d 秒。\\n已停止监视。\\n$");
        assertThat(out).as("no --format: no reports written").doesNotExist();
    }

    @Test
    void testWatchRerunsTheCasesAndShowsWhoseResultMoved() throws Exception {
        Path rules = TestFiles.copyTree(Path.of("rules"), temp.resolve("rules"));
        Resident watch = new Resident("test", "--watch", "--rules", rules.toString(), "14");
        watch.awaitOutput("监视规则与用例的改动");

        Path t14 = rules.resolve("t14-diversified-interpretation.drl");
        Files.writeString(
                t14,
                Files.readString(t14)
                        .replace("return 50; }", "return 60; } // " + System.nanoTime()));
        watch.awaitOutput(Pattern.compile("[1-9]\\d* failed，用时"));

        assertThat(watch.endInput()).isZero();
        assertThat(watch.out.toString())
                .contains(
                        "通过 → 失败  t14-diversified-interpretation.json ›"
                                + " 多元化解读恰好占50%（2/4）为合格，未发布解读的单位不适用",
                        "        任务状态：期望 PASS，实为 FAIL")
                .doesNotContain("通过 → 通过")
                .endsWith("已停止监视。\n");
    }
}
