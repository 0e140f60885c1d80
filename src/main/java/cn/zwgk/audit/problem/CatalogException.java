package cn.zwgk.audit.problem;

import java.util.List;

/**
 * The catalog cannot be used: the file is unreadable or invalid, or a deadline needs an anchor date
 * the audit profile does not provide. Carries every problem found, not just the first, so an
 * auditor editing the file can fix them in one pass.
 */
public final class CatalogException extends InputFailure {

    private final List<String> problems;

    /**
     * @param problems one line each, e.g. {@code "rules/catalog.json:7:19: /tasks/0/number:
     *     应为整数，实际为字符串"}
     */
    public CatalogException(List<String> problems) {
        super(String.join("\n", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a CatalogException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** A single problem. */
    public CatalogException(String problem) {
        this(List.of(problem));
    }

    /** Every problem found, in file order where they have a location. */
    public List<String> problems() {
        return problems;
    }

    @Override
    public Input input() {
        return Input.CATALOG;
    }

    @Override
    public List<String> lines() {
        return problems;
    }
}
