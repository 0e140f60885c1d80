package cn.zwgk.audit.report;

import cn.zwgk.audit.report.AuditReport.RectificationResult;
import cn.zwgk.audit.report.AuditReport.TaskResult;
import cn.zwgk.audit.verdict.Labels;
import cn.zwgk.audit.verdict.State;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How every format words the parts of a result that are not the rules' own text: the overall line,
 * a task's 时间节点, its 整改措施, a cell of Table 2. One place, so that the appendix, the annual report,
 * Markdown and HTML say them alike.
 */
final class TaskText {
    private TaskText() {}

    /**
     * "34 项任务中，已完成 24 项、未完成 7 项（其中逾期完成 1 项）、不适用 1 项": every state that occurs, in the order of
     * {@link State}.
     */
    static String overall(AuditReport report) {
        long late = report.tasks().stream().filter(t -> t.late() != null).count();
        List<String> parts = new ArrayList<>();
        for (Map.Entry<State, Integer> e : report.summary().counts().entrySet()) {
            if (e.getValue() > 0) {
                parts.add(
                        e.getKey().label()
                                + " "
                                + e.getValue()
                                + " 项"
                                + (e.getKey() == State.FAIL && late > 0
                                        ? "（其中逾期完成 " + late + " 项）"
                                        : ""));
            }
        }
        return report.summary().tasks() + " 项任务中，" + String.join("、", parts);
    }

    /**
     * The 时间节点 as written, each distinct line once: the seed table's task 30 repeats "2020.12" on
     * two lines of one cell, which means one deadline.
     */
    static String deadline(TaskResult task) {
        return task.deadlineText() == null
                ? ""
                : task.deadlineText().lines().distinct().collect(Collectors.joining("\n"));
    }

    /** The task's 整改措施, one line each; empty when the bureau has recorded none. */
    static String rectifications(TaskResult task) {
        return task.rectifications().stream()
                .map(TaskText::rectification)
                .collect(Collectors.joining("\n"));
    }

    /** "人才开发科：措施（整改责任单位：办公室，整改时限：2021年3月31日）". */
    static String rectification(RectificationResult r) {
        return (r.unit() == null ? "" : r.unit() + "：")
                + r.measure()
                + "（"
                + Labels.RECTIFICATION_UNIT
                + "："
                + r.responsibleUnit()
                + "，"
                + Labels.RECTIFICATION_DATE
                + "："
                + Labels.date(r.targetDate())
                + "）";
    }

    /** A cell of Table 2: the number as written, or the gap mark where the evidence gives none. */
    static String value(BigDecimal value) {
        return value == null ? Labels.GAP : value.toPlainString();
    }
}
