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

    private final transient List<Problem> problems;

    /**
     * @param heading the message's first line before the problems, or "" for none
     * @param problems in the order they are listed
     */
    InputFailure(String heading, List<Problem> problems) {
        super(heading + String.join("\n", lines(problems)));
        this.problems = List.copyOf(problems);
    }

    public abstract Input input();

    /** Every problem found, in the order they are listed; unmodifiable. */
    public List<Problem> problems() {
        return problems;
    }

    /** Every problem, one located line each ({@code file:line:column: …}). */
    public List<String> lines() {
        return lines(problems);
    }

    /** {@code problems} as a reader walks the files ({@link Problem#READING_ORDER}). */
    static List<Problem> inReadingOrder(List<Problem> problems) {
        return problems.stream().sorted(Problem.READING_ORDER).toList();
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }
}
