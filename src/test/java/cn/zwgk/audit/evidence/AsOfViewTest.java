package cn.zwgk.audit.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.facts.Application;
import cn.zwgk.audit.facts.Emergency;
import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.facts.MajorDecision;
import cn.zwgk.audit.facts.MajorDecision.Consultation;
import cn.zwgk.audit.facts.TestRecords;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Evidence as it stood on the audit date. */
class AsOfViewTest {
    static final LocalDate AS_OF = LocalDate.of(2020, 6, 30);
    static final LocalDate D = LocalDate.of(2020, 6, 1);

    @Test
    void datesAfterTheAuditDateHaveNotHappenedYet() {
        Application replyInJuly =
                application(
                        "id", "A-1",
                        "receivedOn", D,
                        "registeredOn", D,
                        "reviewedOn", D,
                        "handledOn", D,
                        "repliedOn", LocalDate.of(2020, 7, 2),
                        "archivedOn", LocalDate.of(2020, 7, 3));
        assertThat(AsOfView.of(List.of(replyInJuly), AS_OF))
                .singleElement()
                .isEqualTo(
                        application(
                                "id", "A-1",
                                "receivedOn", D,
                                "registeredOn", D,
                                "reviewedOn", D,
                                "handledOn", D));
    }

    @Test
    void aRecordWhoseRequiredDateIsLaterDidNotExistYet() {
        Application receivedInJuly =
                application("id", "A-2", "receivedOn", LocalDate.of(2020, 7, 1));
        Application onTheDay = application("id", "A-3", "receivedOn", AS_OF);
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
                TestRecords.of(
                        MajorDecision.class,
                        "id",
                        "M-1",
                        "unit",
                        "办公室",
                        "title",
                        "t",
                        "draftPublishedOn",
                        D,
                        "basisPublishedOn",
                        D,
                        "consultations",
                        List.of(
                                new Consultation(MajorDecision.Method.座谈, D),
                                new Consultation(
                                        MajorDecision.Method.听证, LocalDate.of(2020, 7, 5))),
                        "decidedOn",
                        D);
        MajorDecision seen = (MajorDecision) AsOfView.of(List.of(d), AS_OF).get(0);
        assertThat(seen.consultations())
                .extracting(Consultation::method)
                .containsExactly(MajorDecision.Method.座谈);
    }

    @Test
    void recordsWithNothingLaterAreReturnedUnchanged() {
        Application done =
                application(
                        "id", "A-4",
                        "receivedOn", D,
                        "registeredOn", D,
                        "reviewedOn", D,
                        "handledOn", D,
                        "repliedOn", D,
                        "archivedOn", D);
        assertThat(AsOfView.of(List.of(done), AS_OF).get(0)).isSameAs(done);
    }

    /** An application of 办公室 with the given fields, the rest left out. */
    private static Application application(Object... namesAndValues) {
        List<Object> fields = new ArrayList<>(List.of("unit", "办公室"));
        fields.addAll(List.of(namesAndValues));
        return TestRecords.of(Application.class, fields.toArray());
    }
}
