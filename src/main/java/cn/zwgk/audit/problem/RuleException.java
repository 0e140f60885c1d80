package cn.zwgk.audit.problem;

import java.util.List;

/** The rules cannot run: every compile or consistency problem found, in reading order. */
public final class RuleException extends InputFailure {
    private static final long serialVersionUID = 1L;

    public RuleException(List<Problem> problems) {
        super(Input.RULES, "规则", problems);
    }
}
