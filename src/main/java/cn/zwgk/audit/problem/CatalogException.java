package cn.zwgk.audit.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The catalog cannot be used: the file is unreadable or invalid, or a deadline needs an anchor date
 * the audit profile does not provide. Carries every problem found, not just the first, so an
 * auditor editing the file can fix them in one pass.
 */
public final class CatalogException extends InputFailure {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /**
     * @param problems in the order they are to be listed, at least one
     */
    public CatalogException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a CatalogException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** A single problem. */
    public CatalogException(Problem problem) {
        this(List.of(problem));
    }

    /** Every problem found, in file order where they have a location; unmodifiable. */
    public List<Problem> problems() {
        return problems;
    }

    @Override
    public Input input() {
        return Input.CATALOG;
    }

    @Override
    public List<String> lines() {
        return problems.stream().map(Problem::toString).toList();
    }
}
