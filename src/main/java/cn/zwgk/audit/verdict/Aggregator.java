package cn.zwgk.audit.verdict;

import cn.zwgk.audit.facts.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Combines the verdicts rules inserted into the states of a task and of each unit. Kept out of the
 * DRL so every rule gets the same treatment of deadlines and missing evidence: a task no rule
 * decides can only be PENDING or NO_EVIDENCE, never PASS.
 */
public final class Aggregator {
    /** States from the one that decides an overall result first to the one that decides it last. */
    static final List<State> SEVERITY =
            List.of(
                    State.FAIL,
                    State.NO_EVIDENCE,
                    State.PENDING,
                    State.PASS,
                    State.WAIVED,
                    State.NOT_APPLICABLE);

    private final LocalDate asOf;

    public Aggregator(LocalDate asOf) {
        this.asOf = asOf;
    }

    /**
     * Judges one task.
     *
     * @param task the task number
     * @param dueDate the task's due date
     * @param units the units responsible for the task, in report order
     * @param verdicts the task's verdicts; each unit-level one must name one of {@code units}
     * @param waivers waivers of this task approved by the audit date
     * @param excused the task's problems that scoped waivers excused ({@link Exceptions})
     */
    public TaskJudgement judge(
            int task,
            LocalDate dueDate,
            List<String> units,
            List<Verdict> verdicts,
            List<Waiver> waivers,
            List<Excused> excused) {
        for (Verdict v : verdicts) {
            if (v.task() != task || (v.unit() != null && !units.contains(v.unit()))) {
                throw new IllegalArgumentException(
                        "规则 \""
                                + v.rule()
                                + "\" 对任务 "
                                + v.task()
                                + " 给出了单位 "
                                + v.unit()
                                + " 的结论，但该单位不是任务 "
                                + task
                                + " 的责任单位");
            }
        }
        List<Verdict> organisationWide =
                verdicts.stream().filter(Verdict::organisationWide).toList();
        boolean perUnit = organisationWide.size() < verdicts.size();
        List<UnitJudgement> unitJudgements = new ArrayList<>();
        for (String unit : units) {
            // A task decided only organisation-wide applies that decision to every responsible
            // unit.
            List<Verdict> own =
                    perUnit
                            ? verdicts.stream().filter(v -> unit.equals(v.unit())).toList()
                            : organisationWide;
            State state = combine(own, dueDate);
            Lateness late = lateness(state, own);
            String explanation =
                    explain(state, own, dueDate)
                            + excusedNote(
                                    excused.stream().filter(e -> unit.equals(e.unit())).toList(),
                                    waivers,
                                    false);
            Waiver waiver = waiverOf(waivers, task, unit);
            if (waiver != null) {
                explanation = waived(waiver, state, explanation);
                state = State.WAIVED;
                late = null;
            }
            unitJudgements.add(new UnitJudgement(unit, state, explanation, idsOf(own), own, late));
        }
        List<State> states =
                new ArrayList<>(unitJudgements.stream().map(UnitJudgement::state).toList());
        // Late only when every part that fails was done late: one part not done at all is 未完成.
        List<Lateness> failures =
                new ArrayList<>(
                        unitJudgements.stream()
                                .filter(u -> u.state() == State.FAIL)
                                .map(UnitJudgement::late)
                                .toList());
        State wide = combine(organisationWide, dueDate);
        Waiver wholeTask = waiverOf(waivers, task, null);
        if (perUnit && !organisationWide.isEmpty()) {
            states.add(wholeTask != null ? State.WAIVED : wide);
            if (wholeTask == null && wide == State.FAIL) {
                failures.add(lateness(wide, organisationWide));
            }
        }
        State overall = overall(states);
        String explanation =
                perUnit
                        ? summarise(unitJudgements)
                                + (organisationWide.isEmpty()
                                        ? ""
                                        : "；" + explain(wide, organisationWide, dueDate))
                        : explain(wide, organisationWide, dueDate);
        // A failing unit's own 说明, which the summary quotes, already says what was excused.
        List<String> quoted =
                perUnit
                        ? unitJudgements.stream()
                                .filter(u -> u.state() == State.FAIL)
                                .map(UnitJudgement::unit)
                                .toList()
                        : List.of();
        explanation +=
                excusedNote(
                        excused.stream().filter(e -> !quoted.contains(e.unit())).toList(),
                        waivers,
                        units.size() > 1);
        if (!perUnit && overall == State.WAIVED && wholeTask != null) {
            explanation = waived(wholeTask, wide, explanation);
        }
        return new TaskJudgement(
                task,
                dueDate,
                overall,
                explanation,
                idsOf(verdicts),
                List.copyOf(verdicts),
                List.copyOf(unitJudgements),
                overall == State.FAIL ? Lateness.ofAll(failures).orElse(null) : null);
    }

    /**
     * How late a FAIL was, when every verdict that fails it marks a lateness (an UNMET never does:
     * it is not done); null for any other result.
     */
    private static Lateness lateness(State state, List<Verdict> verdicts) {
        if (state != State.FAIL) {
            return null;
        }
        return Lateness.ofAll(
                        verdicts.stream()
                                .filter(
                                        v ->
                                                v.outcome() == Outcome.FAIL
                                                        || v.outcome() == Outcome.UNMET)
                                .map(Verdict::late)
                                .toList())
                .orElse(null);
    }

    /**
     * The unscoped waiver excusing a unit's whole part of a task (a whole-task waiver when {@code
     * unit} is null); scoped ones excuse only problems inside their scope ({@link Exceptions}).
     */
    private static Waiver waiverOf(List<Waiver> waivers, int task, String unit) {
        return waivers.stream()
                .filter(w -> !w.scoped())
                .filter(
                        w ->
                                unit == null
                                        ? w.task() == task && w.unit() == null
                                        : w.covers(task, unit))
                .findFirst()
                .orElse(null);
    }

    /** The 说明 of a waived result: why, who approved the exception, and the result before it. */
    private static String waived(Waiver w, State underlying, String explanation) {
        return State.WAIVED.label()
                + "："
                + w.reason()
                + "（"
                + approval(w)
                + "）；调整前结论："
                + underlying.label()
                + "，"
                + explanation;
    }

    /** "办公室 王某 2020年3月2日批准". */
    private static String approval(Waiver w) {
        return w.approvingBody() + " " + w.approver() + " " + Text.date(w.approvedOn()) + "批准";
    }

    /**
     * "；经批准调整、不计入：2020年2月（办公室 王某 2020年3月2日批准）": what scoped waivers excused, by waiver, each thing
     * named with its unit when {@code withUnit} (a task of several units); nothing when none was
     * excused.
     */
    private static String excusedNote(
            List<Excused> excused, List<Waiver> waivers, boolean withUnit) {
        if (excused.isEmpty()) {
            return "";
        }
        Map<String, List<String>> byWaiver = new LinkedHashMap<>();
        excused.stream()
                .sorted(
                        Comparator.comparing(Excused::waiverId)
                                .thenComparing(Excused::unit)
                                .thenComparing(Excused::order)
                                .thenComparing(Excused::what))
                .forEach(
                        e ->
                                byWaiver.computeIfAbsent(e.waiverId(), id -> new ArrayList<>())
                                        .add(withUnit ? e.unit() + " " + e.what() : e.what()));
        return "；经批准调整、不计入："
                + byWaiver.entrySet().stream()
                        .map(
                                e ->
                                        e.getValue().stream()
                                                        .distinct()
                                                        .collect(Collectors.joining("、"))
                                                + "（"
                                                + waivers.stream()
                                                        .filter(w -> w.id().equals(e.getKey()))
                                                        .map(Aggregator::approval)
                                                        .findFirst()
                                                        .orElseThrow()
                                                + "）")
                        .collect(Collectors.joining("；"));
    }

    /** A unit's (or the organisation's) state from the verdicts about it. */
    State combine(Collection<Verdict> verdicts, LocalDate dueDate) {
        // PENDING only while the due date lies after the audit date: on the due date itself the
        // evidence is complete and the task is judged (TaskWindow.dueDateReached, for rules).
        boolean overdue = !dueDate.isAfter(asOf);
        if (verdicts.isEmpty()) {
            return overdue ? State.NO_EVIDENCE : State.PENDING;
        }
        if (has(verdicts, Outcome.FAIL)) {
            return State.FAIL;
        }
        if (has(verdicts, Outcome.UNMET)) {
            return overdue ? State.FAIL : State.PENDING;
        }
        if (has(verdicts, Outcome.OPEN)) {
            return State.PENDING;
        }
        if (has(verdicts, Outcome.ON_TRACK)) {
            return overdue ? State.PASS : State.PENDING;
        }
        return has(verdicts, Outcome.PASS) ? State.PASS : State.NOT_APPLICABLE;
    }

    /** FAIL if any unit fails; else NO_EVIDENCE; else PENDING; else PASS. */
    static State overall(Collection<State> states) {
        for (State worst : SEVERITY) {
            if (states.contains(worst)) {
                return worst;
            }
        }
        return State.NOT_APPLICABLE;
    }

    private String explain(State state, List<Verdict> verdicts, LocalDate dueDate) {
        if (verdicts.isEmpty()) {
            return state == State.PENDING
                    ? "期限 " + Text.date(dueDate) + " 未到，截至 " + Text.date(asOf) + " 尚未提供佐证材料"
                    : "截至 " + Text.date(asOf) + " 未提供佐证材料（期限 " + Text.date(dueDate) + "）";
        }
        Set<Outcome> shown =
                state == State.FAIL
                        ? Set.of(Outcome.FAIL, Outcome.UNMET)
                        : Set.of(Outcome.values());
        String reasons =
                verdicts.stream()
                        .filter(v -> shown.contains(v.outcome()))
                        .map(Verdict::message)
                        .distinct()
                        .collect(Collectors.joining("；"));
        Lateness late = lateness(state, verdicts);
        if (late != null) {
            reasons = Labels.of(late) + "：" + reasons;
        }
        if (state == State.PENDING && dueDate.isAfter(asOf)) {
            reasons += "（期限 " + Text.date(dueDate) + " 未到）";
        } else if (state == State.FAIL
                && has(verdicts, Outcome.UNMET)
                && !has(verdicts, Outcome.FAIL)) {
            reasons += "（期限 " + Text.date(dueDate) + " 已到）";
        }
        return reasons;
    }

    /** "8 个责任单位中 1 个未完成（社管科），…；社管科：reason" — failures first, with their reasons. */
    private static String summarise(List<UnitJudgement> units) {
        Map<State, List<String>> byState = new LinkedHashMap<>();
        for (State state : SEVERITY) {
            units.stream()
                    .filter(u -> u.state() == state)
                    .forEach(
                            u ->
                                    byState.computeIfAbsent(state, s -> new ArrayList<>())
                                            .add(u.unit()));
        }
        String parts =
                byState.entrySet().stream()
                        .map(
                                e ->
                                        e.getValue().size()
                                                + " 个"
                                                + e.getKey().label()
                                                + (e.getKey() == State.PASS
                                                        ? ""
                                                        : "（"
                                                                + String.join("、", e.getValue())
                                                                + "）"))
                        .collect(Collectors.joining("，"));
        String failures =
                units.stream()
                        .filter(u -> u.state() == State.FAIL)
                        .map(u -> u.unit() + "：" + u.explanation())
                        .collect(Collectors.joining("；"));
        return units.size() + " 个责任单位中 " + parts + (failures.isEmpty() ? "" : "；" + failures);
    }

    private static boolean has(Collection<Verdict> verdicts, Outcome outcome) {
        return verdicts.stream().anyMatch(v -> v.outcome() == outcome);
    }

    private static List<String> idsOf(Collection<Verdict> verdicts) {
        // Sorting an array once beats a TreeSet by far when a task cites hundreds of thousands of
        // records.
        String[] ids =
                verdicts.stream()
                        .flatMap(v -> v.evidenceIds().stream())
                        .distinct()
                        .toArray(String[]::new);
        Arrays.sort(ids);
        return List.of(ids);
    }
}
