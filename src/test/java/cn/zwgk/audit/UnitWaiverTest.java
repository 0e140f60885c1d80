package cn.zwgk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.report.AuditReport;
import cn.zwgk.audit.verdict.State;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A waiver for the one unit that fails a task leaves the task no failure: the bureau-wide rules
 * state only the all-clear and the failures of units not responsible for the task, never a
 * responsible unit's failure a second time (which would fail the task again past the waiver).
 */
class UnitWaiverTest {
    @TempDir Path temp;

    private static final String WAIVER =
            """
            {"schema": "zwgk-evidence/1", "kind": "waiver", "records": [
              {"id": "WV-T", "task": %d, "unit": "%s", "reason": "测试", "approver": "局长 张某",
               "approvingBody": "局党组会议", "approvedOn": "2020-12-01"}]}
            """;

    /**
     * Tasks whose bureau-wide rule summarises its units, each with the sample's only failing unit.
     */
    @ParameterizedTest
    @CsvSource({"1, 人才开发科", "11, 法制科", "17, 人才开发科", "29, 办公室", "32, 劳动关系科"})
    void waivingTheOnlyFailingUnitLeavesNoFailure(int task, String unit) throws Exception {
        Path evidence = TestFiles.copyTree(Path.of("sample-data/2020"), temp.resolve("evidence"));
        AuditReport before = new Auditor(AuditRules.load(Path.of("rules"))).audit(evidence, null);
        assertThat(before.tasks().get(task - 1).state())
                .as("the sample fails task %d", task)
                .isEqualTo(State.FAIL);
        assertThat(before.tasks().get(task - 1).units())
                .filteredOn(u -> u.state() == State.FAIL)
                .extracting(AuditReport.UnitResult::unit)
                .containsExactly(unit);

        Files.writeString(evidence.resolve("waiver-test.json"), WAIVER.formatted(task, unit));
        AuditReport after = new Auditor(AuditRules.load(Path.of("rules"))).audit(evidence, null);

        // The other units passed, and a waived unit does not hold a task back (PASS ranks before
        // WAIVED).
        assertThat(after.tasks().get(task - 1).state()).isEqualTo(State.PASS);
        assertThat(after.tasks().get(task - 1).units())
                .filteredOn(u -> u.unit().equals(unit))
                .extracting(AuditReport.UnitResult::state)
                .containsExactly(State.WAIVED);
    }

    @Test
    void aFailureOfAUnitNotResponsibleForTheTaskIsStatedForTheBureau() throws Exception {
        Path rules = TestFiles.copyTree(Path.of("rules"), temp.resolve("rules"));
        Path catalog = rules.resolve("catalog.json");
        // Task 29 narrowed to 法制科: the sample's late disclosure (办公室's) is no responsible unit's.
        String text = Files.readString(catalog);
        String everyUnit = "\"responsibleUnits\": \"各单位、各科室\"";
        int at = text.indexOf(everyUnit, text.indexOf("\"number\": 29,"));
        String narrowed =
                text.substring(0, at)
                        + "\"responsibleUnits\": \"法制科\""
                        + text.substring(at + everyUnit.length());
        assertThat(at).isPositive();
        Files.writeString(catalog, narrowed);

        AuditReport.TaskResult task29 =
                new Auditor(AuditRules.load(rules))
                        .audit(Path.of("sample-data/2020"), null)
                        .tasks()
                        .get(28);

        assertThat(task29.state()).isEqualTo(State.FAIL);
        assertThat(task29.explanation()).contains("其中非责任单位的 1 项未按时公开");
    }
}
