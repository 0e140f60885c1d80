package cn.zwgk.audit.verdict;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How {@link Aggregator} turns verdicts into states, in the words of {@link Labels}, for {@code
 * zwgk explain}: written from the same order and labels the aggregator uses, so that the account
 * cannot leave a state out or word it differently.
 */
public final class StateCombination {
    private StateCombination() {}

    /** The outcomes in the order {@link Aggregator#combine} looks for them. */
    static final List<Outcome> PRECEDENCE =
            List.of(
                    Outcome.FAIL,
                    Outcome.UNMET,
                    Outcome.OPEN,
                    Outcome.ON_TRACK,
                    Outcome.PASS,
                    Outcome.NOT_APPLICABLE);

    /** The account, a line per step: a unit's state, a waiver, the task's state. */
    public static List<String> lines() {
        return List.of(
                "单位的状态取其结论中最先出现的一种（未注明的即为同名状态）："
                        + PRECEDENCE.stream().map(Labels::meaning).collect(Collectors.joining("、"))
                        + "；无结论时期限未到为"
                        + Labels.of(State.PENDING)
                        + "，已到为"
                        + Labels.of(State.NO_EVIDENCE)
                        + "。只有整体结论的任务，整体结论适用于每个责任单位。",
                "单位或整个任务有审计日期生效的调整（豁免）批准时为" + Labels.of(State.WAIVED) + "，说明中保留调整前的结论。",
                "任务状态：各单位（及整体结论）的状态中，按 "
                        + Aggregator.SEVERITY.stream()
                                .map(Labels::of)
                                .collect(Collectors.joining(" → "))
                        + " 的次序取最先出现的一个。");
    }
}
