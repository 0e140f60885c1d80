package cn.zwgk.audit.app;

import cn.zwgk.audit.report.ReportDiff;
import cn.zwgk.audit.report.ReportDiff.TaskChange;
import cn.zwgk.audit.report.ReportDiff.UnitChange;
import cn.zwgk.audit.verdict.State;
import java.util.ArrayList;
import java.util.List;

/**
 * Which tasks and units changed state between two audits, as {@code zwgk diff} and {@code zwgk
 * audit --watch} print it.
 */
public final class StateChanges {
    private StateChanges() {}

    public static List<String> lines(ReportDiff diff) {
        if (diff.tasks().isEmpty()) {
            return List.of("各任务、各单位的完成情况均未变化。");
        }
        List<String> lines = new ArrayList<>();
        long tasks = diff.tasks().stream().filter(TaskChange::stateChanged).count();
        lines.add("完成情况有变化：任务 " + tasks + " 项，另有 " + (diff.tasks().size() - tasks) + " 项任务仅单位有变化。");
        for (TaskChange t : diff.tasks()) {
            lines.add(
                    "  任务 "
                            + t.number()
                            + "："
                            + (t.stateChanged()
                                    ? label(t.before()) + " → " + label(t.after())
                                    : label(t.after()) + "（未变）"));
            for (UnitChange u : t.units()) {
                lines.add("      " + u.unit() + "：" + label(u.before()) + " → " + label(u.after()));
            }
        }
        return lines;
    }

    private static String label(State state) {
        return state == null ? "（无）" : state.label();
    }
}
