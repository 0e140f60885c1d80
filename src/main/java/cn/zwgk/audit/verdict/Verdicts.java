package cn.zwgk.audit.verdict;

import cn.zwgk.audit.facts.UnitRecord;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What DRL consequences call to conclude: {@code insert(pass(drools, $unit, "…", $ids));}. The task
 * number comes from the rule's own {@code @task(N)} metadata, so a rule states it exactly once.
 * Also the formatting helpers that keep numbers in messages uniform.
 */
public final class Verdicts {
    /** How many ids a message lists before it says "等 N 项". */
    public static final int LISTED_IDS = 10;

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

    public static Verdict unmet(
            RuleContext drools, String unit, String message, Collection<String> ids) {
        return verdict(drools, unit, Outcome.UNMET, message, ids, null);
    }

    public static Verdict notApplicable(RuleContext drools, String unit, String message) {
        return verdict(drools, unit, Outcome.NOT_APPLICABLE, message, List.of(), null);
    }

    /**
     * An {@link Issue} about one record of one unit, for a summary rule to name; the task is the
     * rule's own {@code @task(N)}.
     */
    public static Issue issue(RuleContext drools, UnitRecord record, String text) {
        return new Issue(taskOf(drools.getRule()), record.unit(), record.id(), text);
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

    /** "A、B、C" or, past {@link #LISTED_IDS}, "A、B、…、J 等 N 项"; ids sorted for stable output. */
    public static String ids(Collection<String> ids) {
        List<String> sorted = ids.stream().sorted().toList();
        if (sorted.size() <= LISTED_IDS) {
            return String.join("、", sorted);
        }
        return sorted.stream().limit(LISTED_IDS).collect(Collectors.joining("、"))
                + " 等 "
                + sorted.size()
                + " 项";
    }

    /**
     * "3 项：A 晚 2 天；B …" — each issue's text, ordered by evidence id, the first {@link #LISTED_IDS}
     * in full and the rest counted.
     */
    public static String issues(Collection<Issue> issues) {
        List<Issue> sorted =
                issues.stream()
                        .sorted(
                                java.util.Comparator.comparing(Issue::evidenceId)
                                        .thenComparing(Issue::text))
                        .toList();
        String listed =
                sorted.stream()
                        .limit(LISTED_IDS)
                        .map(i -> i.evidenceId() + " " + i.text())
                        .collect(Collectors.joining("；"));
        return sorted.size() <= LISTED_IDS ? listed : listed + "；等共 " + sorted.size() + " 项";
    }

    /** The ids of the records some issues are about. */
    public static List<String> idsOf(Collection<Issue> issues) {
        return issues.stream().map(Issue::evidenceId).distinct().sorted().toList();
    }

    /**
     * The issues about records of units not among {@code responsible}. A responsible unit's issues
     * are that unit's own finding, so a bureau-wide rule restates only these: restating the others
     * would fail the task again where a waiver for the unit has excused them.
     */
    public static List<Issue> outside(Collection<Issue> issues, Collection<String> responsible) {
        return issues.stream().filter(i -> !responsible.contains(i.unit())).toList();
    }

    /** "41/80 = 51.3%": the numbers behind a ratio, rounded half-up to one decimal. */
    public static String ratio(long part, long whole) {
        return part + "/" + whole + " = " + percent(part, whole);
    }

    /** "51.3%". */
    public static String percent(long part, long whole) {
        return whole == 0
                ? "—"
                : String.format(
                        Locale.ROOT,
                        "%.1f%%",
                        java.math.BigDecimal.valueOf(part * 100L)
                                .divide(
                                        java.math.BigDecimal.valueOf(whole),
                                        1,
                                        java.math.RoundingMode.HALF_UP));
    }

    /** True when part/whole is at least numerator/denominator, in exact integer arithmetic. */
    public static boolean atLeast(long part, long whole, long numerator, long denominator) {
        return whole > 0 && part * denominator >= numerator * whole;
    }
}
