package cn.zwgk.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit --watch} as a user runs it: the real file system tells it of an edit, it prints what
 * moved and how long the run took, and end of input stops it cleanly. ({@code test --watch} is run
 * the same way by {@link AuditorGuideExampleTest}.)
 */
class WatchCommandsTest {
    @TempDir Path temp;

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
        assertThat(watch.out.toString()).contains("任务 34 项：已完成 17");

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
}
