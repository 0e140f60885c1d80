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
        return TestRecords.of(
                MajorDecision.class,
                "id",
                "MD-1",
                "unit",
                "办公室",
                "title",
                "决策",
                "consultations",
                consultations,
                "decidedOn",
                DECIDED);
    }

    @Test
    void anOpenEventCountIsReachedOnTheStartOfTheEventThatCompletesIt() {
        List<OpenEvent> days =
                List.of(
                        event("D-2", OpenEvent.Type.政府开放日, "2020-07-20"),
                        event("D-1", OpenEvent.Type.政府开放日, "2020-04-20"),
                        event("D-3", OpenEvent.Type.政府开放日, "2020-10-15"));
        List<OpenEvent> weeks = List.of(event("W-1", OpenEvent.Type.政府开放周, "2020-11-02"));

        assertThat(OpenEvent.reachedOn(days, 3, weeks, 1))
                .as("the third open day comes before the week")
                .containsExactly(LocalDate.of(2020, 10, 15));
        assertThat(OpenEvent.reachedOn(days.subList(0, 2), 3, weeks, 1))
                .containsExactly(LocalDate.of(2020, 11, 2));
        assertThat(OpenEvent.reachedOn(days.subList(0, 2), 3, List.of(), 1)).isEmpty();
    }

    @Test
    void aPilotFieldIsLinkedOnlyWhenEveryListedItemIs() {
        LocalDate linked = LocalDate.of(2020, 9, 1);
        PilotFieldWork all = work(linked, List.of("失业登记", "工伤认定"), List.of("工伤认定", "失业登记"));
        PilotFieldWork one = work(linked, List.of("失业登记", "工伤认定"), List.of("失业登记"));
        PilotFieldWork none = work(linked, null, null);

        assertThat(all.linkedBy(linked)).isTrue();
        assertThat(all.linkedBy(linked.minusDays(1))).as("not yet linked the day before").isFalse();
        assertThat(one.unlinkedItems()).containsExactly("工伤认定");
        assertThat(one.linkedBy(linked)).isFalse();
        assertThat(none.linkedBy(linked)).as("no items listed cannot be checked").isFalse();
    }

    @Test
    void aChannelOperatesFromItsOpeningUntilTheDayBeforeItCloses() {
        InteractionChannel channel =
                new InteractionChannel(
                        "IC-1",
                        "办公室",
                        PublicConcern.Channel.领导信箱,
                        "局长信箱",
                        LocalDate.of(2020, 3, 2),
                        LocalDate.of(2020, 10, 1));

        assertThat(channel.operatingOn(LocalDate.of(2020, 3, 1))).isFalse();
        assertThat(channel.operatingOn(LocalDate.of(2020, 3, 2))).isTrue();
        assertThat(channel.operatingOn(LocalDate.of(2020, 9, 30))).isTrue();
        assertThat(channel.operatingOn(LocalDate.of(2020, 10, 1))).isFalse();
    }

    @Test
    void everyServiceListIsPublishedUnderTheCategoryOfItsName() {
        for (ServiceListChange.ServiceList list : ServiceListChange.ServiceList.values()) {
            assertThat(new ServiceListChange("C", "办公室", list, DECIDED, "变更").category().name())
                    .isEqualTo(list.name());
        }
    }

    private static OpenEvent event(String id, OpenEvent.Type type, String start) {
        LocalDate day = LocalDate.parse(start);
        return new OpenEvent(id, "办公室", id, type, day, day.plusDays(4));
    }

    private static PilotFieldWork work(LocalDate linked, List<String> items, List<String> done) {
        return new PilotFieldWork("PF-1", "社会保险科", "社会保险", null, null, linked, items, done);
    }
}
