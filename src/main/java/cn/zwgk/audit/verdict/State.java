package cn.zwgk.audit.verdict;

/**
 * The result states of a task or of a unit's part in it. The codes are the report schema's; the
 * words a reader sees are in {@link Labels}.
 */
public enum State {
    PASS,
    FAIL,
    PENDING,
    NO_EVIDENCE,
    NOT_APPLICABLE,
    WAIVED;

    /** The Chinese word reports print in the 完成情况 column. */
    public String label() {
        return Labels.of(this);
    }
}
