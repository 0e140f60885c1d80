package cn.zwgk.audit.problem;

import java.util.List;
import java.util.stream.Collectors;

/** The rules cannot run: every compile or consistency problem found, in reading order. */
public final class RuleException extends InputFailure {
    private static final long serialVersionUID = 1L;
    private final transient List<RuleProblem> problems;

    public RuleException(List<RuleProblem> problems) {
        super(
                problems.size()
                        + " 处规则问题：\n"
                        + problems.stream()
                                .sorted(RuleProblem.READING_ORDER)
                                .map(RuleProblem::toString)
                                .collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted(RuleProblem.READING_ORDER).toList();
    }

    public List<RuleProblem> problems() {
        return problems;
    }

    @Override
    public Input input() {
        return Input.RULES;
    }

    @Override
    public List<String> lines() {
        return problems.stream().map(RuleProblem::toString).toList();
    }
}
