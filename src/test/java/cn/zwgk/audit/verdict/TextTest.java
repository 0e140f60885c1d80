package cn.zwgk.audit.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.facts.Interpretation;
import cn.zwgk.audit.facts.Interpretation.Form;
import cn.zwgk.audit.facts.MajorDecision.Consultation;
import cn.zwgk.audit.facts.MajorDecision.Method;
import cn.zwgk.audit.facts.Policy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wording helpers rule files use for the parts of a 说明 that vary with the evidence. */
class TextTest {
    private static final LocalDate POLICY_DAY = LocalDate.of(2020, 5, 10);

    @Test
    void offsetsSayHowManyDaysEachRecordIsLaterOrEarlierOrThatItsDateIsMissing() {
        Interpretation late =
                interpretation("IN-10", LocalDate.of(2020, 5, 7), POLICY_DAY.plusDays(1));
        Interpretation early = interpretation("IN-2", null, POLICY_DAY.minusDays(2));

        assertThat(Text.offsets(List.of(late, early), POLICY_DAY, "发布"))
                .as("ordered by id, as every list of records in a 说明")
                .isEqualTo("IN-10 2020-05-11 发布，晚 1 天；IN-2 2020-05-08 发布，早 2 天");
        assertThat(
                        Text.offsets(
                                List.of(late.approval(), early.approval()),
                                LocalDate.of(2020, 5, 6),
                                "审签"))
                .isEqualTo("IN-10 2020-05-07 审签，晚 1 天；IN-2 缺少审签日期");
    }

    @Test
    void ifAnyLeavesThePhraseOutWhenThereIsNothingToName() {
        assertThat(Text.ifAny(List.of(), "（M-1 不计）")).isEmpty();
        assertThat(Text.ifAny(List.of("M-1"), "（M-1 不计）")).isEqualTo("（M-1 不计）");
    }

    @Test
    void partsOfOneRecordAreJoinedInTheirOrderWhateverOrderTheyWereFoundIn() {
        Policy policy = new Policy("P-1", "办公室", "政策", null, null, POLICY_DAY, true);
        List<IssuePart> found =
                List.of(
                        new IssuePart(11, policy, 2, "无任何解读"),
                        new IssuePart(11, policy, 1, "政策缺少审签日期，无法核对同步审签"));

        assertThat(Text.parts(found, "，")).isEqualTo("政策缺少审签日期，无法核对同步审签，无任何解读");
    }

    @Test
    void consultationsAreNamedByMethodAndDateInTheOrderRecorded() {
        List<Consultation> held =
                List.of(
                        new Consultation(Method.网上征求意见, LocalDate.of(2020, 5, 10)),
                        new Consultation(Method.座谈, LocalDate.of(2020, 5, 6)));

        assertThat(Text.consultedOn(held)).isEqualTo("网上征求意见 2020-05-10、座谈 2020-05-06");
    }

    private static Interpretation interpretation(
            String id, LocalDate approvedOn, LocalDate publishedOn) {
        return new Interpretation(
                id, "办公室", "P-1", "解读", Form.文字, approvedOn, publishedOn, null, null, null);
    }
}
