package cn.zwgk.audit.problem;

import java.util.List;
import java.util.stream.Collectors;

/** The evidence folder cannot be audited; carries every problem found, in reading order. */
public final class EvidenceException extends InputFailure {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public EvidenceException(List<Problem> problems) {
        super(message(inReadingOrder(problems)));
        this.problems = inReadingOrder(problems);
    }

    /**
     * Every problem, ordered as a reader walks the files ({@link Problem#READING_ORDER});
     * unmodifiable.
     */
    public List<Problem> problems() {
        return problems;
    }

    @Override
    public Input input() {
        return Input.EVIDENCE;
    }

    @Override
    public List<String> lines() {
        return problems.stream().map(Problem::toString).toList();
    }

    private static List<Problem> inReadingOrder(List<Problem> problems) {
        return problems.stream().sorted(Problem.READING_ORDER).toList();
    }

    private static String message(List<Problem> problems) {
        return problems.size()
                + " 处证据问题：\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
