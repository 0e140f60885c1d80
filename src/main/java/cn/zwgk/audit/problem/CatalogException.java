package cn.zwgk.audit.problem;

import java.util.List;

/**
 * The catalog cannot be used: the file is unreadable or invalid, or a deadline needs an anchor date
 * the audit profile does not provide. Carries every problem found (in file order where they have a
 * location), not just the first, so an auditor editing the file can fix them in one pass.
 */
public final class CatalogException extends InputFailure {
    private static final long serialVersionUID = 1L;

    public CatalogException(List<Problem> problems) {
        super(Input.CATALOG, problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a CatalogException needs at least one problem");
        }
    }

    /** A single problem. */
    public CatalogException(Problem problem) {
        this(List.of(problem));
    }
}
