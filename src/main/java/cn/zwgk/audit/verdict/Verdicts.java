package cn.zwgk.audit.verdict;

import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.facts.UnitRecord;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What DRL consequences call to conclude: {@code insert(pass(drools, $unit, "…", $ids));}. The task
 * number comes from the rule's own {@code @task(N)} metadata, so a rule states it exactly once.
 * Also the derived facts rules insert on the way ({@link Issue}, {@link IssuePart}, {@link
 * ItemCheck}) and the one numeric test rules share; wording is {@link Text}'s.
 */
public final class Verdicts {
    private Verdicts() {}

    public static Verdict pass(
            RuleContext drools, String unit, String message, Collection<String> ids) {
        return verdict(drools, unit, Outcome.PASS, message, ids, null);
    }

    public static Verdict onTrack(
            RuleContext drools, String unit, String message, Collection<String> ids) {
        return verdict(drools, unit, Outcome.ON_TRACK, message, ids, null);
    }

    public static Verdict fail(
            RuleContext drools, String unit, String message, Collection<String> ids) {
        return verdict(drools, unit, Outcome.FAIL, message, ids, null);
    }

    /**
     * A FAIL for an obligation met after its deadline: the reports say 逾期完成（晚 N 个工作日） rather than
     * 未完成. For deadlines a statute counts in calendar days, {@link #lateByDays}.
     */
    public static Verdict late(
            RuleContext drools,
            String unit,
            String message,
            Collection<String> ids,
            int workingDays) {
        return verdict(drools, unit, Outcome.FAIL, message, ids, new Lateness(workingDays, true));
    }

    /** As {@link #late}, for a deadline counted in calendar days (《预算法》"20 日", 招投标 "3 日"). */
    public static Verdict lateByDays(
            RuleContext drools, String unit, String message, Collection<String> ids, int days) {
        return verdict(drools, unit, Outcome.FAIL, message, ids, new Lateness(days, false));
    }

    /**
     * As {@link #lateByDays}, for a deadline of the task table (a month's end, "1个月内"), which is
     * counted in calendar days: done on {@code doneOn}, that many days after {@code deadline}.
     */
    public static Verdict lateAfter(
            RuleContext drools,
            String unit,
            String message,
            Collection<String> ids,
            LocalDate deadline,
            LocalDate doneOn) {
        return lateByDays(
                drools, unit, message, ids, (int) ChronoUnit.DAYS.between(deadline, doneOn));
    }

    public static Verdict unmet(
            RuleContext drools, String unit, String message, Collection<String> ids) {
        return verdict(drools, unit, Outcome.UNMET, message, ids, null);
    }

    /**
     * A record whose own time limit has not run out at the audit date (an application still within
     * its 20 working days, an emergency within its 5 hours): 未到期 whatever the task's due date.
     */
    public static Verdict open(
            RuleContext drools, String unit, String message, Collection<String> ids) {
        return verdict(drools, unit, Outcome.OPEN, message, ids, null);
    }

    public static Verdict notApplicable(RuleContext drools, String unit, String message) {
        return verdict(drools, unit, Outcome.NOT_APPLICABLE, message, List.of(), null);
    }

    /**
     * An {@link Issue} about one record of one unit, for a summary rule to name; the task is the
     * rule's own {@code @task(N)}.
     */
    public static Issue issue(RuleContext drools, UnitRecord record, String text) {
        return new Issue(
                taskOf(drools.getRule()), record.unit(), record.id(), record.named(), text);
    }

    /**
     * An {@link IssuePart}: one of several things wrong with {@code record}, placed {@code
     * order}-th when the record's issue names them together; the task is the rule's own
     * {@code @task(N)}.
     */
    public static IssuePart part(RuleContext drools, Evidence record, int order, String text) {
        return new IssuePart(taskOf(drools.getRule()), record, order, text);
    }

    /** An {@link ItemCheck} of an item that meets the check, worded {@code text}. */
    public static ItemCheck itemMet(RuleContext drools, Object item, String text) {
        return new ItemCheck(taskOf(drools.getRule()), item, true, text);
    }

    /** An {@link ItemCheck} of an item that does not meet the check, worded {@code text}. */
    public static ItemCheck itemNotMet(RuleContext drools, Object item, String text) {
        return new ItemCheck(taskOf(drools.getRule()), item, false, text);
    }

    /** True when part/whole is at least {@code percent}%, in exact integer arithmetic. */
    public static boolean atLeastPercent(long part, long whole, int percent) {
        return atLeast(part, whole, percent, 100);
    }

    /** The task number a rule declares with {@code @task(N)}. */
    public static int taskOf(Rule rule) {
        Object task = rule.getMetaData().get("task");
        if (task == null) {
            throw new IllegalStateException("规则 \"" + rule.getName() + "\" 缺少 @task 元数据");
        }
        return Integer.parseInt(String.valueOf(task).trim());
    }

    private static Verdict verdict(
            RuleContext drools,
            String unit,
            Outcome outcome,
            String message,
            Collection<String> ids,
            Lateness late) {
        Rule rule = drools.getRule();
        return new Verdict(
                taskOf(rule),
                unit,
                outcome,
                rule.getName(),
                message,
                ids.stream().sorted().toList(),
                late);
    }

    /** True when part/whole is at least numerator/denominator, in exact integer arithmetic. */
    private static boolean atLeast(long part, long whole, long numerator, long denominator) {
        return whole > 0 && part * denominator >= numerator * whole;
    }
}
