package cn.zwgk.audit.problem;

import java.util.List;
import java.util.stream.Collectors;

/** The rules cannot run: every compile or consistency problem found, in reading order. */
public final class RuleException extends InputFailure {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public RuleException(List<Problem> problems) {
        super(
                problems.size()
                        + " 处规则问题：\n"
                        + problems.stream()
                                .sorted(Problem.READING_ORDER)
                                .map(Problem::toString)
                                .collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted(Problem.READING_ORDER).toList();
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public Input input() {
        return Input.RULES;
    }

    @Override
    public List<String> lines() {
        return problems.stream().map(Problem::toString).toList();
    }
}
