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

    private final Input input;
    private final transient List<Problem> problems;

    /**
     * Problems listed as given, under no heading of their own.
     *
     * @param problems in the order they are listed
     */
    InputFailure(Input input, List<Problem> problems) {
        this(input, problems, "");
    }

    /**
     * Problems listed in reading order ({@link Problem#READING_ORDER}) under their count, e.g. "3
     * 处证据问题：".
     *
     * @param what what the problems are in, e.g. 证据
     */
    InputFailure(Input input, String what, List<Problem> problems) {
        this(
                input,
                problems.stream().sorted(Problem.READING_ORDER).toList(),
                problems.size() + " 处" + what + "问题：\n");
    }

    private InputFailure(Input input, List<Problem> problems, String heading) {
        super(heading + String.join("\n", lines(problems)));
        this.input = input;
        this.problems = List.copyOf(problems);
    }

    /** Which input failed; given once, by each kind to this base. */
    public final Input input() {
        return input;
    }

    /** Every problem found, in the order they are listed; unmodifiable. */
    public List<Problem> problems() {
        return problems;
    }

    /** Every problem, one located line each ({@code file:line:column: …}). */
    public List<String> lines() {
        return lines(problems);
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }
}
