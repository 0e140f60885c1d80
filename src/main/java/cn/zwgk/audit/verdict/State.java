package cn.zwgk.audit.verdict;

/** The result states of a task or of a unit's part in it, as product.md defines them. */
public enum State {
    PASS("已完成"),
    FAIL("未完成"),
    PENDING("未到期"),
    NO_EVIDENCE("缺少证据"),
    NOT_APPLICABLE("不适用"),
    WAIVED("已豁免");

    private final String label;

    State(String label) {
        this.label = label;
    }

    /** The Chinese word reports print in the 完成情况 column. */
    public String label() {
        return label;
    }
}
