package cn.zwgk.audit.report;

import cn.zwgk.audit.report.AuditReport.InputFile;
import cn.zwgk.audit.report.AuditReport.TaskResult;
import cn.zwgk.audit.report.AuditReport.UnitResult;
import cn.zwgk.audit.verdict.State;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed between two reports: the tasks and units whose state changed, and which inputs
 * changed according to the manifests. A state of {@code null} means the task or unit is absent from
 * that report.
 *
 * @param tasks the tasks whose state or any unit's state changed, in the new report's order, then
 *     tasks only the old one has
 * @param rules the rule and catalog files added, removed or changed
 * @param evidence the evidence files added, removed or changed
 */
public record ReportDiff(List<TaskChange> tasks, FileChanges rules, FileChanges evidence) {

    /** A task whose state, or whose units' states, differ. */
    public record TaskChange(
            int number, String content, State before, State after, List<UnitChange> units) {
        public boolean stateChanged() {
            return before != after;
        }
    }

    /** A unit whose state for a task differs. */
    public record UnitChange(String unit, State before, State after) {}

    /** Files by path relative to their folder, each list sorted. */
    public record FileChanges(List<String> added, List<String> removed, List<String> changed) {
        public boolean any() {
            return !added.isEmpty() || !removed.isEmpty() || !changed.isEmpty();
        }
    }

    public static ReportDiff between(AuditReport before, AuditReport after) {
        Map<Integer, TaskResult> old = new LinkedHashMap<>();
        before.tasks().forEach(t -> old.put(t.number(), t));
        List<TaskChange> changes = new ArrayList<>();
        for (TaskResult t : after.tasks()) {
            TaskResult o = old.remove(t.number());
            TaskChange change = compare(t.number(), t.content(), o, t);
            if (change != null) {
                changes.add(change);
            }
        }
        for (TaskResult o : old.values()) {
            changes.add(compare(o.number(), o.content(), o, null));
        }
        return new ReportDiff(
                changes,
                files(before.manifest().rules(), after.manifest().rules()),
                files(before.manifest().evidence(), after.manifest().evidence()));
    }

    /** The change for one task, or null when it and all its units kept their states. */
    private static TaskChange compare(
            int number, String content, TaskResult before, TaskResult after) {
        Map<String, State> was = units(before);
        Map<String, State> is = units(after);
        Set<String> names = new LinkedHashSet<>(is.keySet());
        names.addAll(was.keySet());
        List<UnitChange> units = new ArrayList<>();
        for (String unit : names) {
            if (was.get(unit) != is.get(unit)) {
                units.add(new UnitChange(unit, was.get(unit), is.get(unit)));
            }
        }
        State stateBefore = before == null ? null : before.state();
        State stateAfter = after == null ? null : after.state();
        return stateBefore == stateAfter && units.isEmpty()
                ? null
                : new TaskChange(number, content, stateBefore, stateAfter, units);
    }

    private static Map<String, State> units(TaskResult task) {
        Map<String, State> states = new LinkedHashMap<>();
        if (task != null) {
            for (UnitResult u : task.units()) {
                states.put(u.unit(), u.state());
            }
        }
        return states;
    }

    private static FileChanges files(List<InputFile> before, List<InputFile> after) {
        Map<String, String> was = new LinkedHashMap<>();
        before.forEach(f -> was.put(f.path(), f.sha256()));
        Map<String, String> is = new LinkedHashMap<>();
        after.forEach(f -> is.put(f.path(), f.sha256()));
        Set<String> added = new TreeSet<>();
        Set<String> changed = new TreeSet<>();
        for (Map.Entry<String, String> e : is.entrySet()) {
            if (!was.containsKey(e.getKey())) {
                added.add(e.getKey());
            } else if (!was.get(e.getKey()).equals(e.getValue())) {
                changed.add(e.getKey());
            }
        }
        Set<String> removed = new TreeSet<>(was.keySet());
        removed.removeAll(is.keySet());
        return new FileChanges(List.copyOf(added), List.copyOf(removed), List.copyOf(changed));
    }
}
