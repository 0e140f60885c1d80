package cn.zwgk.audit.verdict;

import cn.zwgk.audit.facts.Dated;
import cn.zwgk.audit.facts.UnitRecord;
import cn.zwgk.audit.facts.Waiver;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The approved waivers as the rule session applies them: the one place a scoped waiver excuses a
 * problem. {@link Verdicts#issue} and {@link Verdicts#monthMissed} ask it before a problem becomes
 * a fact, so a problem inside a waiver's scope turns into an {@link Excused} and the rule files
 * need not know about waivers. Unscoped waivers excuse a whole task for a unit; {@link Aggregator}
 * applies those.
 */
public final class Exceptions {
    /** The key under which the rule session's environment holds them. */
    public static final String KEY = "zwgk.exceptions";

    public static final Exceptions NONE = new Exceptions(List.of());

    private final List<Waiver> scoped;

    /**
     * @param approved the waivers approved by the audit date
     */
    public Exceptions(List<Waiver> approved) {
        this.scoped = approved.stream().filter(Waiver::scoped).toList();
    }

    /**
     * What a problem with {@code record} becomes: excused when a waiver of the task and the
     * record's unit names the record or holds its date, else {@code problem}.
     */
    Object about(int task, UnitRecord record, Object problem) {
        LocalDate day = record instanceof Dated dated ? dated.date() : null;
        return excused(
                        task,
                        record.unit(),
                        w -> w.names(record.id()) || (day != null && w.holds(day, day)),
                        record.named(),
                        day != null ? day.toString() : record.id())
                .orElse(problem);
    }

    /** What a missed month becomes: excused when a waiver of the task and unit holds that month. */
    Object about(MonthMissed missed) {
        return excused(
                        missed.task(),
                        missed.unit(),
                        w -> w.holds(missed.month().atDay(1), missed.month().atEndOfMonth()),
                        Text.month(missed.month()),
                        missed.month().toString())
                .orElse(missed);
    }

    private Optional<Object> excused(
            int task, String unit, Predicate<Waiver> inScope, String what, String order) {
        return scoped.stream()
                .filter(w -> w.covers(task, unit) && inScope.test(w))
                .findFirst()
                .map(w -> new Excused(task, unit, w.id(), what, order));
    }
}
