package cn.zwgk.audit.evidence;

import java.util.List;
import java.util.stream.Collectors;

/** The evidence folder cannot be audited; carries every problem found, in reading order. */
public class EvidenceException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public EvidenceException(List<Problem> problems) {
        super(problems.size() + " 处证据问题：\n" + problems.stream().map(Problem::toString)
                .collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted(Problem.READING_ORDER).toList();
    }

    public List<Problem> problems() {
        return problems;
    }
}
