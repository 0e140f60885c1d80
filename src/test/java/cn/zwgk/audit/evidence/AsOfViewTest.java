package cn.zwgk.audit.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.facts.Application;
import cn.zwgk.audit.facts.Emergency;
import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.facts.MajorDecision;
import cn.zwgk.audit.facts.MajorDecision.Consultation;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Evidence as it stood on the audit date. */
class AsOfViewTest {
    static final LocalDate AS_OF = LocalDate.of(2020, 6, 30);
    static final LocalDate D = LocalDate.of(2020, 6, 1);

    @Test
    void datesAfterTheAuditDateHaveNotHappenedYet() {
        Application replyInJuly =
                new Application(
                        "A-1",
                        "办公室",
                        null,
                        D,
                        D,
                        D,
                        D,
                        LocalDate.of(2020, 7, 2),
                        LocalDate.of(2020, 7, 3),
                        false,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false);
        assertThat(AsOfView.of(List.of(replyInJuly), AS_OF))
                .singleElement()
                .isEqualTo(
                        new Application(
                                "A-1", "办公室", null, D, D, D, D, null, null, false, null, null, null,
                                null, null, null, null, null, null, null, null, null, null, null,
                                null, null, false));
    }

    @Test
    void aRecordWhoseRequiredDateIsLaterDidNotExistYet() {
        Application receivedInJuly =
                new Application(
                        "A-2",
                        "办公室",
                        null,
                        LocalDate.of(2020, 7, 1),
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false);
        Application onTheDay =
                new Application(
                        "A-3", "办公室", null, AS_OF, null, null, null, null, null, false, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, false);
        assertThat(AsOfView.of(List.of(receivedInJuly, onTheDay), AS_OF))
                .extracting(Evidence::id)
                .containsExactly("A-3");
    }

    @Test
    void timesAreComparedByTheirShanghaiDay() {
        // 16:30 UTC on 30 June is already 1 July in Shanghai.
        Emergency lateUtc =
                new Emergency(
                        "E-1",
                        "办公室",
                        "t",
                        Emergency.Level.重大,
                        null,
                        OffsetDateTime.parse("2020-06-30T16:30:00Z"),
                        null,
                        null,
                        null);
        assertThat(AsOfView.of(List.of(lateUtc), AS_OF)).isEmpty();
    }

    @Test
    void nestedRecordsDatedLaterAreLeftOutOfTheirList() {
        MajorDecision d =
                new MajorDecision(
                        "M-1",
                        "办公室",
                        "t",
                        D,
                        D,
                        List.of(
                                new Consultation(MajorDecision.Method.座谈, D),
                                new Consultation(
                                        MajorDecision.Method.听证, LocalDate.of(2020, 7, 5))),
                        D,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);
        MajorDecision seen = (MajorDecision) AsOfView.of(List.of(d), AS_OF).get(0);
        assertThat(seen.consultations())
                .extracting(Consultation::method)
                .containsExactly(MajorDecision.Method.座谈);
    }

    @Test
    void recordsWithNothingLaterAreReturnedUnchanged() {
        Application done =
                new Application(
                        "A-4", "办公室", null, D, D, D, D, D, D, false, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, false);
        assertThat(AsOfView.of(List.of(done), AS_OF).get(0)).isSameAs(done);
    }
}
