package cn.zwgk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.report.AuditReport;
import cn.zwgk.audit.report.Renderers;
import cn.zwgk.audit.verdict.Lateness;
import cn.zwgk.audit.verdict.State;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule that finds an obligation met after its deadline says so with {@code late(…)}; the reports
 * then tell 逾期完成（晚 N 个工作日） apart from 未完成, in the 说明, the overall line and the annual report's
 * problems.
 */
class LateCompletionTest {
    @TempDir static Path temp;

    static AuditReport report;

    /** The shipped rules, plus one that finds the sample's annual plan a working day late. */
    private static final String LATE_RULE =
            """
            package zwgk.rules.latetest
            import cn.zwgk.audit.facts.Publication
            import java.util.List
            import function cn.zwgk.audit.verdict.Verdicts.late
            rule "测试：年度计划晚 1 个工作日"
              @task(34)
            when
              $p : Publication(id == "PBL-007")
            then
              insert(late(drools, null, "年度计划晚 1 个工作日印发", List.of($p.id()), 1));
            end
            """;

    @BeforeAll
    static void audit() throws Exception {
        Path rules = TestFiles.copyTree(Path.of("rules"), temp.resolve("rules"));
        Files.writeString(rules.resolve("late-test.drl"), LATE_RULE);
        report = new Auditor(AuditRules.load(rules)).audit(Path.of("sample-data/2020"), null);
    }

    @Test
    void theTaskAndItsUnitAreLateByTheWorkingDaysTheRuleGave() {
        AuditReport.TaskResult task34 = report.tasks().get(33);
        assertThat(task34.state()).isEqualTo(State.FAIL);
        assertThat(task34.late()).isEqualTo(new Lateness(1, true));
        assertThat(task34.units())
                .extracting(AuditReport.UnitResult::late)
                .containsOnly(task34.late());
        assertThat(task34.explanation()).startsWith("逾期完成（晚 1 个工作日）：年度计划晚 1 个工作日印发");
        // Task 12's 社管科 did not reach two kinds of channel at all (the sample's tasks 1 and 17
        // are late in their own right).
        assertThat(report.tasks().get(11).late()).as("not done at all: 未完成").isNull();
    }

    @Test
    void everyDocumentCountsItAndSaysSo() throws Exception {
        for (String format : new String[] {"md", "annual-md"}) {
            String text =
                    new String(
                            Renderers.byFormat(format).orElseThrow().render(report),
                            StandardCharsets.UTF_8);
            assertThat(text).as(format).contains("未完成 15 项（其中逾期完成 7 项）", "逾期完成（晚 1 个工作日）");
        }
    }
}
