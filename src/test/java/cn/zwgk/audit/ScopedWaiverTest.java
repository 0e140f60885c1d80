package cn.zwgk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.zwgk.audit.problem.EvidenceException;
import cn.zwgk.audit.report.AuditReport;
import cn.zwgk.audit.verdict.State;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Waivers on the bundled sample: a waiver excuses what its scope names and nothing else, whatever
 * the audit date; one approved by the unit it excuses is refused as bad evidence.
 */
class ScopedWaiverTest {
    static AuditRules rules;

    @TempDir Path temp;

    @BeforeAll
    static void load() throws Exception {
        rules = AuditRules.load(Path.of("rules"));
    }

    private static final String WAIVER =
            """
            {"schema": "zwgk-evidence/1", "kind": "waiver", "records": [
              {"id": "WV-T", "task": 6, %s "reason": "测试", "approver": "局长 张某",
               "approvingBody": "%s", "approvedOn": "2020-12-01"}]}
            """;

    private AuditReport.TaskResult task(int number, String waiver, LocalDate asOf)
            throws Exception {
        Path evidence = TestFiles.copyTree(Path.of("sample-data/2020"), temp.resolve("evidence"));
        Files.writeString(evidence.resolve("waiver-test.json"), waiver);
        return new Auditor(rules).audit(evidence, asOf).tasks().get(number - 1);
    }

    @Test
    void februaryStaysExcusedInMarchAndAtYearEndWhileAugustStillFails() throws Exception {
        for (LocalDate asOf :
                new LocalDate[] {LocalDate.of(2020, 3, 31), LocalDate.of(2020, 12, 31)}) {
            AuditReport.UnitResult unit =
                    new Auditor(rules)
                                    .audit(Path.of("sample-data/2020"), asOf)
                                    .tasks()
                                    .get(31)
                                    .units()
                                    .stream()
                                    .filter(u -> u.unit().equals("劳动关系科"))
                                    .findFirst()
                                    .orElseThrow();
            assertThat(unit.explanation())
                    .as("as of %s", asOf)
                    .contains("经批准调整、不计入：2020年2月（办公室 主任 王某 2020年3月2日批准）")
                    .doesNotContain("缺 2 个月");
            assertThat(unit.state())
                    .as("as of %s", asOf)
                    .isEqualTo(asOf.getMonthValue() == 3 ? State.PENDING : State.FAIL);
        }
    }

    @Test
    void aRecordScopedWaiverExcusesThatApplicationOnly() throws Exception {
        AuditReport.TaskResult task6 =
                task(
                        6,
                        WAIVER.formatted("\"unit\": \"办公室\", \"records\": [\"APP-059\"],", "局党组会议"),
                        null);

        assertThat(task6.state()).isEqualTo(State.FAIL);
        assertThat(task6.explanation())
                .contains("其中 2 件", "2020年3月9日收到的沈某根的申请", "2020年7月20日收到的郑某的申请")
                .doesNotContain("未说明法律依据")
                .contains("经批准调整、不计入：2020年11月27日收到的赵某的申请（邮寄）（局党组会议 局长 张某 2020年12月1日批准）");
    }

    @Test
    void excusingEveryProblemRecordLeavesOnlyTheApplicationStillInItsWindow() throws Exception {
        AuditReport.TaskResult task6 =
                task(
                        6,
                        WAIVER.formatted(
                                "\"records\": [\"APP-011\", \"APP-039\", \"APP-059\"],", "局党组会议"),
                        null);

        // APP-060, received 12-21, is still within its 20 working days at year end: 未到期, not done.
        assertThat(task6.state()).isEqualTo(State.PENDING);
        assertThat(task6.explanation())
                .contains(
                        "经批准调整、不计入：2020年3月9日收到的沈某根的申请（网络）、2020年7月20日收到的郑某的申请（网络）、"
                                + "2020年11月27日收到的赵某的申请（邮寄）");
    }

    @Test
    void aWaiverOfEveryUnitApprovedByOneOfThemIsRefused() throws Exception {
        EvidenceException e =
                catchThrowableOfType(
                        EvidenceException.class, () -> task(6, WAIVER.formatted("", "办公室"), null));

        assertThat(e).isNotNull();
        assertThat(e.getMessage())
                .contains("waiver-test.json", "/approvingBody", "办公室 是被调整的单位，不能由本单位批准对自己的调整");
    }

    @Test
    void aWaiverNamingARecordNotInTheEvidenceIsRefused() throws Exception {
        EvidenceException e =
                catchThrowableOfType(
                        EvidenceException.class,
                        () ->
                                task(
                                        6,
                                        WAIVER.formatted("\"records\": [\"APP-999\"],", "局党组会议"),
                                        null));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("waiver-test.json", "/records/0", "APP-999 不在证据中");
    }
}
