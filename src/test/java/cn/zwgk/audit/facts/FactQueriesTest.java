package cn.zwgk.audit.facts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.facts.Interpretation.Form;
import cn.zwgk.audit.facts.MajorDecision.Consultation;
import cn.zwgk.audit.facts.MajorDecision.Method;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Questions rules ask a record about itself, answered by the record so the DRL stays a condition.
 */
class FactQueriesTest {
    private static final LocalDate DECIDED = LocalDate.of(2020, 6, 1);

    @Test
    void onlyOpinionHeardBeforeTheDayOfDecisionCounts() {
        assertThat(decision(null).consultationsBeforeDecision()).isZero();
        assertThat(
                        decision(
                                        List.of(
                                                new Consultation(Method.座谈, DECIDED.minusDays(1)),
                                                new Consultation(Method.听证, DECIDED),
                                                new Consultation(Method.实地走访, DECIDED.plusDays(1))))
                                .consultationsBeforeDecision())
                .as("the day before counts; the day itself and after do not")
                .isEqualTo(1);
    }

    @Test
    void anInterpretationIsPlacedByItsPublicationAndCanBeDatedByItsApproval() {
        LocalDate approved = DECIDED.minusDays(3);
        Interpretation i =
                new Interpretation(
                        "IN-1", "办公室", "P-1", "解读", Form.文字, approved, DECIDED, null, null, null,
                        null);

        assertThat(i.date()).isEqualTo(DECIDED);
        assertThat(i.approval().id()).isEqualTo("IN-1");
        assertThat(i.approval().date()).isEqualTo(approved);
    }

    private static MajorDecision decision(List<Consultation> consultations) {
        return new MajorDecision(
                "MD-1", "办公室", "决策", null, null, consultations, DECIDED, null, null, null);
    }
}
