package cn.zwgk.audit.problem;

import java.util.List;

/** The rules cannot run: every compile or consistency problem found, in reading order. */
public final class RuleException extends InputFailure {
    private static final long serialVersionUID = 1L;

    public RuleException(List<Problem> problems) {
        super(problems.size() + " 处规则问题：\n", inReadingOrder(problems));
    }

    @Override
    public Input input() {
        return Input.RULES;
    }
}
