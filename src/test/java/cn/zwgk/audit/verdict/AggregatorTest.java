package cn.zwgk.audit.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.audit.facts.Waiver;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How verdicts become the states of product.md. */
class AggregatorTest {
    static final LocalDate DUE = LocalDate.of(2020, 6, 30);
    static final List<String> UNITS = List.of("办公室", "法制科");

    static Verdict v(String unit, Outcome outcome, String... ids) {
        return new Verdict(8, unit, outcome, "r", outcome + " " + unit, List.of(ids));
    }

    static TaskJudgement judge(LocalDate asOf, Verdict... verdicts) {
        return new Aggregator(asOf).judge(8, DUE, UNITS, List.of(verdicts), List.of());
    }

    static Waiver waiver(String unit) {
        return new Waiver(
                "W-1",
                8,
                unit,
                "机构改革，职责调整",
                "局长 张某",
                LocalDate.of(2020, 6, 1),
                LocalDate.of(2020, 12, 31));
    }

    @Test
    void noVerdictIsPendingBeforeTheDueDateAndNoEvidenceFromIt() {
        assertThat(judge(DUE.minusDays(1)).state()).isEqualTo(State.PENDING);
        assertThat(judge(DUE).state()).as("due date reached").isEqualTo(State.NO_EVIDENCE);
        assertThat(judge(DUE).explanation()).contains("未见证据");
    }

    @Test
    void unmetIsPendingBeforeTheDueDateAndFailFromIt() {
        assertThat(judge(DUE.minusDays(1), v(null, Outcome.UNMET)).state())
                .isEqualTo(State.PENDING);
        assertThat(judge(DUE, v(null, Outcome.UNMET)).state()).isEqualTo(State.FAIL);
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
        assertThat(partial.explanation()).startsWith("2 个责任单位中 1 个缺少证据（法制科），1 个已完成");
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
                                List.of(waiver("法制科")));
        assertThat(j.units())
                .extracting(UnitJudgement::state)
                .containsExactly(State.PASS, State.WAIVED);
        assertThat(j.state()).isEqualTo(State.PASS);
        assertThat(j.units().get(1).explanation())
                .startsWith("已豁免：机构改革，职责调整（局长 张某 2020-06-01 批准，有效至 2020-12-31，W-1）")
                .contains("豁免前结论：未完成");
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
                                List.of(waiver(null)));
        assertThat(j.state()).isEqualTo(State.WAIVED);
        assertThat(j.units()).extracting(UnitJudgement::state).containsOnly(State.WAIVED);
        assertThat(j.explanation()).startsWith("已豁免：");
    }

    @Test
    void aWaiverIsLiveFromApprovalThroughExpiry() {
        Waiver w = waiver(null);
        assertThat(w.statusOn(LocalDate.of(2020, 5, 31))).isEqualTo(Waiver.Status.未生效);
        assertThat(w.statusOn(LocalDate.of(2020, 6, 1))).isEqualTo(Waiver.Status.生效);
        assertThat(w.statusOn(LocalDate.of(2020, 12, 31))).isEqualTo(Waiver.Status.生效);
        assertThat(w.statusOn(LocalDate.of(2021, 1, 1))).isEqualTo(Waiver.Status.已过期);
    }

    @Test
    void aVerdictForAUnitNotResponsibleIsARuleFault() {
        assertThatThrownBy(() -> judge(DUE, v("社管科", Outcome.PASS))).hasMessageContaining("社管科");
    }
}
