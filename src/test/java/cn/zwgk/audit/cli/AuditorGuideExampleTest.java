package cn.zwgk.audit.cli;

import static cn.zwgk.audit.cli.AuditCommandTest.zwgk;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.TestFiles;
import cn.zwgk.audit.cli.AuditCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked example of docs/auditor-guide.md, done as the guide says: raise task 14 to 60%. */
class AuditorGuideExampleTest {
    static final String BEFORE =
            """
            function int minSharePercent() { return 50; }\
            """;
    static final String AFTER =
            """
            function int minSharePercent() { return 60; }\
            """;

    @TempDir Path rules;

    @Test
    void raisingTheThresholdShowsExactlyWhichCasesChange() throws IOException {
        String guide = Files.readString(Path.of("docs/auditor-guide.md"));
        assertThat(guide)
                .as("the guide shows the edit the test makes")
                .contains(indented(BEFORE), indented(AFTER));
        copyRules();
        Path drl = rules.resolve("t14-diversified-interpretation.drl");
        String text = Files.readString(drl);
        assertThat(text).contains(BEFORE);
        Files.writeString(drl, text.replace(BEFORE, AFTER));

        assertThat(zwgk("check", "--rules", rules.toString()).out()).contains("0 个错误");
        Run run = zwgk("test", "--rules", rules.toString(), "14");
        assertThat(run.exit()).isEqualTo(ExitCode.CASES_FAILED.code);
        assertThat(run.out())
                .contains(
                        "失败  t14-diversified-interpretation.json › 多元化解读恰好占50%（2/4）为合格，未发布解读的单位不适用",
                        "任务状态：期望 PASS，实为 FAIL", "多元化解读 2/4 = 50.0%，低于 60%")
                .contains("通过  t14-diversified-interpretation.json › 年内无任何解读记录为缺少证据");
    }

    private static String indented(String code) {
        return code.lines().map(l -> "   " + l).reduce((a, b) -> a + "\n" + b).orElseThrow();
    }

    private void copyRules() throws IOException {
        TestFiles.copyTree(Path.of("rules"), rules);
    }
}
