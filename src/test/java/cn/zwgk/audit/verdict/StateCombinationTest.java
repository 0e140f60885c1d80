package cn.zwgk.audit.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code zwgk explain}'s account of how states combine tells what the aggregator does. */
class StateCombinationTest {
    static final LocalDate DUE = LocalDate.of(2020, 6, 30);

    static Verdict v(Outcome outcome) {
        return new Verdict(8, "办公室", outcome, "r", outcome.name(), List.of(), null);
    }

    /**
     * Each outcome decides a unit's state over every outcome after it, before and after the due
     * date.
     */
    @Test
    void theOrderToldIsTheOrderTheAggregatorFollows() {
        List<Outcome> order = StateCombination.PRECEDENCE;
        assertThat(order).containsExactlyInAnyOrder(Outcome.values());
        for (LocalDate asOf : List.of(DUE.minusDays(1), DUE)) {
            Aggregator aggregator = new Aggregator(asOf);
            for (int i = 0; i < order.size(); i++) {
                State alone = aggregator.combine(List.of(v(order.get(i))), DUE);
                for (int j = i + 1; j < order.size(); j++) {
                    assertThat(aggregator.combine(List.of(v(order.get(j)), v(order.get(i))), DUE))
                            .as("%s with %s on %s", order.get(i), order.get(j), asOf)
                            .isEqualTo(alone);
                }
            }
        }
    }

    @Test
    void theAccountNamesEveryStateAndEveryOutcomeInTheReportsWords() {
        String told = String.join("\n", StateCombination.lines());
        for (State state : State.values()) {
            assertThat(told).contains(Labels.of(state));
        }
        for (Outcome outcome : Outcome.values()) {
            assertThat(told).contains(Labels.meaning(outcome));
        }
        assertThat(told).contains("经批准调整", "时限未满（无论期限是否已到，均为未到期）");
    }
}
