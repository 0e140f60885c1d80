package cn.zwgk.audit.verdict;

/** What one rule concluded about one task for one unit (or for the whole organisation). */
public enum Outcome {
    /** The evidence shows the requirement met. */
    PASS,
    /**
     * Every record so far complies, but the task covers everything up to its due date: pending
     * while the due date is ahead of the audit date, a pass from it on.
     */
    ON_TRACK,
    /**
     * The evidence shows the requirement broken (late, below threshold, incomplete), whatever the
     * date.
     */
    FAIL,
    /** Not met yet: pending while the due date is ahead of the audit date, a failure after it. */
    UNMET,
    /**
     * An obligation whose own window (5 hours, 20 working days…) has not closed at the audit date:
     * pending whatever the task's due date, since neither a failure nor a pass is known yet
     * (requirements, "How a verdict is reached", principle 4).
     */
    OPEN,
    /** The situation the task is about did not arise. */
    NOT_APPLICABLE
}
