package cn.zwgk.audit.problem;

import java.util.List;

/**
 * An input the tool cannot use (the evidence, the rules, the catalog), with every problem found in
 * it, each a located line. Callers report any of them the same way, by {@link #input()} and {@link
 * #lines()}, instead of telling the kinds apart. Sealed, so a {@code switch} over the kinds is
 * checked to be complete; its kinds live here because outside a named module a sealed class's
 * subclasses must share its package.
 */
public abstract sealed class InputFailure extends Exception
        permits EvidenceException, RuleException, CatalogException {
    private static final long serialVersionUID = 1L;

    /** Which input failed, with the heading a report of its problems starts with. */
    public enum Input {
        EVIDENCE("证据有误，未生成报告"),
        RULES("规则有误"),
        CATALOG("任务目录有误");

        public final String heading;

        Input(String heading) {
            this.heading = heading;
        }
    }

    protected InputFailure(String message) {
        super(message);
    }

    public abstract Input input();

    /** Every problem, one located line each ({@code file:line:column: …}), in reading order. */
    public abstract List<String> lines();
}
