package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

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

    /**
     * The months of {@code year} that have ended on the audit date, in order: the audit date's own
     * month counts when the audit date is its last day; all twelve once the year is over; none
     * while its January lasts.
     */
    public List<YearMonth> endedMonths(int year) {
        YearMonth lastEnded =
                asOf.equals(YearMonth.from(asOf).atEndOfMonth())
                        ? YearMonth.from(asOf)
                        : YearMonth.from(asOf).minusMonths(1);
        YearMonth last =
                lastEnded.isAfter(YearMonth.of(year, 12)) ? YearMonth.of(year, 12) : lastEnded;
        return Stream.iterate(YearMonth.of(year, 1), m -> !m.isAfter(last), m -> m.plusMonths(1))
                .toList();
    }
}
