package cn.zwgk.audit.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.audit.facts.Waiver;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How verdicts become the states of a task and of each unit. */
class AggregatorTest {
    static final LocalDate DUE = LocalDate.of(2020, 6, 30);
    static final List<String> UNITS = List.of("办公室", "法制科");

    static Verdict v(String unit, Outcome outcome, String... ids) {
        return new Verdict(8, unit, outcome, "r", outcome + " " + unit, List.of(ids), null);
    }

    static Verdict late(String unit, int workingDays) {
        return new Verdict(
                8,
                unit,
                Outcome.FAIL,
                "r",
                "晚 " + workingDays + " " + unit,
                List.of(),
                new Lateness(workingDays, true));
    }

    static TaskJudgement judge(LocalDate asOf, Verdict... verdicts) {
        return new Aggregator(asOf).judge(8, DUE, UNITS, List.of(verdicts), List.of(), List.of());
    }

    static Waiver waiver(String unit) {
        return new Waiver(
                "W-1",
                8,
                unit,
                null,
                null,
                List.of(),
                "机构改革，职责调整",
                "局长 张某",
                "局党组会议",
                LocalDate.of(2020, 6, 1));
    }

    @Test
    void noVerdictIsPendingBeforeTheDueDateAndNoEvidenceFromIt() {
        assertThat(judge(DUE.minusDays(1)).state()).isEqualTo(State.PENDING);
        assertThat(judge(DUE).state()).as("due date reached").isEqualTo(State.NO_EVIDENCE);
        assertThat(judge(DUE).explanation()).contains("未提供佐证材料");
    }

    @Test
    void unmetIsPendingBeforeTheDueDateAndFailFromIt() {
        assertThat(judge(DUE.minusDays(1), v(null, Outcome.UNMET)).state())
                .isEqualTo(State.PENDING);
        assertThat(judge(DUE, v(null, Outcome.UNMET)).state()).isEqualTo(State.FAIL);
    }

    @Test
    void anOpenWindowIsPendingEvenAfterTheDueDateButAFailureStillDecides() {
        LocalDate yearEnd = LocalDate.of(2020, 12, 31);
        TaskJudgement open = judge(yearEnd, v(null, Outcome.OPEN), v(null, Outcome.PASS));
        assertThat(open.state()).isEqualTo(State.PENDING);
        assertThat(open.explanation()).as("the due date is past").doesNotContain("未到）");
        assertThat(judge(yearEnd, v(null, Outcome.OPEN), v(null, Outcome.FAIL)).state())
                .isEqualTo(State.FAIL);
        assertThat(judge(yearEnd, v(null, Outcome.OPEN), v(null, Outcome.UNMET)).state())
                .isEqualTo(State.FAIL);
    }

    @Test
    void anOrganisationWideVerdictAppliesToEveryResponsibleUnit() {
        TaskJudgement j = judge(DUE, v(null, Outcome.PASS, "X-1"));
        assertThat(j.state()).isEqualTo(State.PASS);
        assertThat(j.units())
                .extracting(UnitJudgement::state)
                .containsExactly(State.PASS, State.PASS);
        assertThat(j.evidenceIds()).containsExactly("X-1");
    }

    @Test
    void oneFailingUnitFailsTheTaskAndAUnitWithoutVerdictLacksEvidence() {
        assertThat(judge(DUE, v("办公室", Outcome.PASS), v("法制科", Outcome.FAIL)).state())
                .isEqualTo(State.FAIL);
        TaskJudgement partial = judge(DUE, v("办公室", Outcome.PASS));
        assertThat(partial.state()).isEqualTo(State.NO_EVIDENCE);
        assertThat(partial.units())
                .extracting(UnitJudgement::state)
                .containsExactly(State.PASS, State.NO_EVIDENCE);
        assertThat(partial.explanation()).startsWith("2 个责任单位中 1 个未提供佐证材料（法制科），1 个已完成");
    }

    @Test
    void anOrganisationWideFailureFailsATaskJudgedPerUnit() {
        TaskJudgement j =
                judge(DUE, v("办公室", Outcome.PASS), v("法制科", Outcome.PASS), v(null, Outcome.FAIL));
        assertThat(j.state()).isEqualTo(State.FAIL);
        assertThat(j.units()).extracting(UnitJudgement::state).containsOnly(State.PASS);
    }

    @Test
    void notApplicableOnlyWhenNothingElseDecides() {
        assertThat(
                        judge(
                                        DUE,
                                        v("办公室", Outcome.NOT_APPLICABLE),
                                        v("法制科", Outcome.NOT_APPLICABLE))
                                .state())
                .isEqualTo(State.NOT_APPLICABLE);
        assertThat(judge(DUE, v("办公室", Outcome.NOT_APPLICABLE), v("法制科", Outcome.PASS)).state())
                .isEqualTo(State.PASS);
    }

    @Test
    void aLiveWaiverTurnsItsUnitToWaivedAndSaysWhoApprovedItAndWhy() {
        TaskJudgement j =
                new Aggregator(DUE)
                        .judge(
                                8,
                                DUE,
                                UNITS,
                                List.of(v("办公室", Outcome.PASS), v("法制科", Outcome.FAIL)),
                                List.of(waiver("法制科")),
                                List.of());
        assertThat(j.units())
                .extracting(UnitJudgement::state)
                .containsExactly(State.PASS, State.WAIVED);
        assertThat(j.state()).isEqualTo(State.PASS);
        assertThat(j.units().get(1).explanation())
                .startsWith("经批准调整：机构改革，职责调整（局党组会议 局长 张某 2020年6月1日批准）")
                .contains("调整前结论：未完成");
    }

    @Test
    void aWaiverForTheWholeTaskWaivesEveryUnitAndTheTask() {
        TaskJudgement j =
                new Aggregator(DUE)
                        .judge(
                                8,
                                DUE,
                                UNITS,
                                List.of(v(null, Outcome.FAIL)),
                                List.of(waiver(null)),
                                List.of());
        assertThat(j.state()).isEqualTo(State.WAIVED);
        assertThat(j.units()).extracting(UnitJudgement::state).containsOnly(State.WAIVED);
        assertThat(j.explanation()).startsWith("经批准调整：");
    }

    @Test
    void aWaiverExistsFromItsApprovalOnAndNeverExpires() {
        Waiver w = waiver(null);
        assertThat(w.approvedBy(LocalDate.of(2020, 5, 31))).isFalse();
        assertThat(w.approvedBy(LocalDate.of(2020, 6, 1))).isTrue();
        assertThat(w.approvedBy(LocalDate.of(2030, 12, 31))).isTrue();
    }

    @Test
    void aScopedWaiverLeavesTheUnitsStateToTheRulesAndSaysWhatItExcused() {
        Waiver february =
                new Waiver(
                        "W-2",
                        8,
                        "法制科",
                        LocalDate.of(2020, 2, 1),
                        LocalDate.of(2020, 2, 29),
                        List.of(),
                        "疫情",
                        "主任 王某",
                        "办公室",
                        LocalDate.of(2020, 3, 2));
        TaskJudgement j =
                new Aggregator(DUE)
                        .judge(
                                8,
                                DUE,
                                UNITS,
                                List.of(v("办公室", Outcome.PASS), v("法制科", Outcome.FAIL)),
                                List.of(february),
                                List.of(new Excused(8, "法制科", "W-2", "2020年2月", "2020-02")));
        assertThat(j.units())
                .extracting(UnitJudgement::state)
                .containsExactly(State.PASS, State.FAIL);
        assertThat(j.units().get(1).explanation())
                .endsWith("；经批准调整、不计入：2020年2月（办公室 主任 王某 2020年3月2日批准）");
        assertThat(j.explanation()).containsOnlyOnce("经批准调整、不计入");
    }

    @Test
    void aFailureDoneLateSaysSoAndByHowMuch() {
        TaskJudgement j = judge(DUE, v("办公室", Outcome.PASS), late("法制科", 2));
        assertThat(j.state()).isEqualTo(State.FAIL);
        assertThat(j.late()).isEqualTo(new Lateness(2, true));
        assertThat(j.units().get(1).late()).isEqualTo(new Lateness(2, true));
        assertThat(j.units().get(1).explanation()).isEqualTo("逾期完成（晚 2 个工作日）：晚 2 法制科");
        assertThat(j.units().get(0).late()).isNull();
    }

    @Test
    void theLatestOfSeveralLateFailuresIsTheTasks() {
        TaskJudgement j = judge(DUE, late("办公室", 1), late("法制科", 5));
        assertThat(j.late()).isEqualTo(new Lateness(5, true));
    }

    @Test
    void oneThingNotDoneAtAllMakesAFailureNotLate() {
        TaskJudgement unit =
                judge(DUE, late("办公室", 3), v("办公室", Outcome.FAIL), v("法制科", Outcome.PASS));
        assertThat(unit.units().get(0).late()).as("late and not done: 未完成").isNull();
        assertThat(unit.late()).isNull();
        assertThat(unit.units().get(0).explanation()).doesNotContain("逾期完成");

        TaskJudgement across = judge(DUE, late("办公室", 3), v("法制科", Outcome.UNMET));
        assertThat(across.units().get(0).late()).isEqualTo(new Lateness(3, true));
        assertThat(across.late()).as("another unit has not done it: the task is 未完成").isNull();

        TaskJudgement wide =
                judge(DUE, late("办公室", 3), v("法制科", Outcome.PASS), v(null, Outcome.FAIL));
        assertThat(wide.late()).as("an organisation-wide failure not done").isNull();
    }

    @Test
    void aWaivedLateUnitIsNoLongerLate() {
        TaskJudgement j =
                new Aggregator(DUE)
                        .judge(
                                8,
                                DUE,
                                UNITS,
                                List.of(v("办公室", Outcome.PASS), late("法制科", 2)),
                                List.of(waiver("法制科")),
                                List.of());
        assertThat(j.units().get(1).late()).isNull();
        assertThat(j.late()).isNull();
    }

    @Test
    void onlyAFailureCanBeLate() {
        assertThatThrownBy(
                        () ->
                                new Verdict(
                                        8,
                                        null,
                                        Outcome.UNMET,
                                        "r",
                                        "m",
                                        List.of(),
                                        new Lateness(1, true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Lateness(0, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVerdictForAUnitNotResponsibleIsARuleFault() {
        assertThatThrownBy(() -> judge(DUE, v("社管科", Outcome.PASS))).hasMessageContaining("社管科");
    }
}
