package cn.zwgk.audit.facts;

import java.time.LocalDate;

/**
 * The dates a rule needs for one task: its due date from the catalog and profile, and the cutoff up
 * to which evidence counts (the due date, or the audit date when that is earlier).
 *
 * @param task task number
 * @param dueDate the last day on which the task is on time
 * @param cutoff the earlier of the due date and the audit date
 * @param asOf the audit date
 */
public record TaskWindow(int task, LocalDate dueDate, LocalDate cutoff, LocalDate asOf) {

    public static TaskWindow of(int task, LocalDate dueDate, LocalDate asOf) {
        return new TaskWindow(task, dueDate, dueDate.isBefore(asOf) ? dueDate : asOf, asOf);
    }

    /**
     * True when the due date has been reached on the audit date: from then on nothing more can be
     * done in time, so what is missing is missing (the same reading as the state aggregation).
     */
    public boolean dueDateReached() {
        return !dueDate.isAfter(asOf);
    }
}
