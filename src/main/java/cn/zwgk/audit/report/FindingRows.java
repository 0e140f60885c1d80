package cn.zwgk.audit.report;

import cn.zwgk.audit.report.AuditReport.TaskResult;
import cn.zwgk.audit.report.AuditReport.UnitResult;
import cn.zwgk.audit.text.SafeText;
import cn.zwgk.audit.verdict.Labels;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings ledger both spreadsheet formats write: one row per (task, unit) verdict, then the
 * manifest, as plain text: each writer keeps a value taken from evidence from becoming a formula in
 * the auditor's spreadsheet program ({@link SafeText#csv}, the spreadsheet's cell writer).
 */
final class FindingRows {
    static final List<String> HEADER =
            List.of("序号", "任务内容", "单位", "完成情况", "截止日期", "说明", Labels.EVIDENCE + "编号");
    static final List<String> MANIFEST_HEADER = List.of("类别", "名称", "内容");

    /** Marks a task that has no responsible unit, so that it still has a row. */
    static final String NO_UNIT = "（" + Labels.WHOLE + "）";

    private FindingRows() {}

    /** A row's cells: {@link Integer} for numbers, otherwise text. */
    static List<List<Object>> rows(AuditReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (TaskResult t : report.tasks()) {
            if (t.units().isEmpty()) {
                rows.add(row(t, NO_UNIT, t.state().label(), t.explanation(), t.evidenceIds()));
            }
            for (UnitResult u : t.units()) {
                rows.add(row(t, u.unit(), u.state().label(), u.explanation(), u.evidenceIds()));
            }
        }
        return rows;
    }

    static List<List<String>> manifest(AuditReport report) {
        return ManifestLines.of(report).stream()
                .map(l -> List.of(l.kind(), l.name(), l.value()))
                .toList();
    }

    private static List<Object> row(
            TaskResult t, String unit, String state, String explanation, List<String> ids) {
        return List.of(
                t.number(),
                t.content(),
                unit,
                state,
                t.dueDate().toString(),
                explanation,
                String.join("、", ids));
    }
}
