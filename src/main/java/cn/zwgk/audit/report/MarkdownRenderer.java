package cn.zwgk.audit.report;

import cn.zwgk.audit.report.AuditReport.Finding;
import cn.zwgk.audit.report.AuditReport.TaskResult;
import cn.zwgk.audit.report.AuditReport.UnitResult;
import cn.zwgk.audit.text.SafeText;
import cn.zwgk.audit.verdict.Labels;
import cn.zwgk.audit.verdict.Outcome;
import cn.zwgk.audit.verdict.State;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code report.md}: the self-assessment's task table with 完成情况, 说明 and 整改措施, then each task's
 * findings per unit, each citing the supporting records, with the rule behind it on a smaller line
 * for auditors. Every text from evidence or rules is escaped for table cells.
 */
final class MarkdownRenderer implements Renderer {

    @Override
    public String format() {
        return "md";
    }

    @Override
    public String fileName() {
        return "report.md";
    }

    @Override
    public byte[] render(AuditReport r) {
        StringBuilder md = new StringBuilder();
        md.append("# ")
                .append(SafeText.markdown(r.organisation()))
                .append(' ')
                .append(r.auditYear())
                .append(" 年")
                .append(Labels.REPORT_TITLE)
                .append("\n\n");
        md.append("- 任务目录：").append(SafeText.markdown(r.catalogTitle())).append('\n');
        md.append("- ").append(Labels.AS_OF).append("：").append(r.asOf()).append('\n');
        md.append("- 生成工具：").append(SafeText.markdown(r.tool())).append("\n\n");
        summary(md, r);
        taskTable(md, r.tasks());
        findings(md, r.tasks());
        unitMatrix(md, r);
        units(md, r);
        annualTables(md, r.statistics());
        waivers(md, r);
        manifest(md, r.manifest());
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void summary(StringBuilder md, AuditReport r) {
        md.append("## 总体情况\n\n")
                .append(TaskText.overall(r))
                .append("。\n\n| 完成情况 | 任务数 |\n| --- | ---: |\n");
        for (Map.Entry<State, Integer> e : r.summary().counts().entrySet()) {
            md.append("| ")
                    .append(e.getKey().label())
                    .append(" | ")
                    .append(e.getValue())
                    .append(" |\n");
        }
        md.append("| 合计 | ").append(r.summary().tasks()).append(" |\n\n");
        md.append(
                r.summary().failingTasks().isEmpty()
                        ? "没有未完成的任务。"
                        : "未完成的任务："
                                + String.join(
                                        "、",
                                        r.summary().failingTasks().stream()
                                                .map(String::valueOf)
                                                .toList())
                                + "。");
        md.append("\n\n");
    }

    private static void taskTable(StringBuilder md, List<TaskResult> tasks) {
        md.append("## 任务完成情况表\n\n| 序号 | 任务内容 | 牵头单位 | 责任单位 | 时间节点 | 完成情况 | 说明 | ")
                .append(Labels.RECTIFICATION)
                .append(" |\n| ---: | --- | --- | --- | --- | --- | --- | --- |\n");
        for (TaskResult t : tasks) {
            md.append("| ")
                    .append(t.number())
                    .append(" | ")
                    .append(SafeText.markdownCell(t.content()))
                    .append(" | ")
                    .append(SafeText.markdownCell(t.leadUnits()))
                    .append(" | ")
                    .append(SafeText.markdownCell(t.responsibleUnits()))
                    .append(" | ")
                    .append(SafeText.markdownCell(TaskText.deadline(t)))
                    .append(" | ")
                    .append(t.state().label())
                    .append(" | ")
                    .append(SafeText.markdownCell(t.explanation()))
                    .append(" | ")
                    .append(SafeText.markdownCell(TaskText.rectifications(t)))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static void findings(StringBuilder md, List<TaskResult> tasks) {
        md.append("## ").append(Labels.TASK_DETAILS).append("\n\n");
        for (TaskResult t : tasks) {
            md.append("### ")
                    .append(t.number())
                    .append(". ")
                    .append(t.state().label())
                    .append("\n\n");
            String due = t.dueDate().toString();
            md.append("期限：")
                    .append(SafeText.markdown(t.deadline()))
                    .append(t.deadline().contains(due) ? "" : "（" + due + "）")
                    .append("\n\n");
            if (t.findings().isEmpty()) {
                md.append("- ").append(SafeText.markdown(t.explanation())).append('\n');
            }
            for (Finding f : t.findings()) {
                md.append("- ")
                        .append(f.unit() == null ? Labels.WHOLE : SafeText.markdown(f.unit()))
                        .append("（")
                        .append(Labels.of(Outcome.valueOf(f.outcome())))
                        .append("）：")
                        .append(SafeText.markdown(f.message()))
                        .append(evidence(f.evidenceIds()))
                        .append("<br><sub>")
                        .append(Labels.RULE)
                        .append("：")
                        .append(SafeText.markdown(f.rule()))
                        .append("</sub>\n");
            }
            for (AuditReport.RectificationResult c : t.rectifications()) {
                md.append("- ")
                        .append(Labels.PROBLEM)
                        .append("：")
                        .append(SafeText.markdown(c.problem()))
                        .append("；")
                        .append(Labels.RECTIFICATION)
                        .append("：")
                        .append(SafeText.markdown(TaskText.rectification(c)))
                        .append('\n');
            }
            md.append('\n');
        }
    }

    private static void unitMatrix(StringBuilder md, AuditReport r) {
        md.append("## ").append(Labels.UNITS_OVERVIEW).append("\n\n| 单位 |");
        r.tasks().forEach(t -> md.append(' ').append(t.number()).append(" |"));
        md.append("\n| --- |");
        r.tasks().forEach(t -> md.append(" :-: |"));
        md.append('\n');
        for (String unit : r.units()) {
            md.append("| ").append(SafeText.markdownCell(unit)).append(" |");
            for (TaskResult t : r.tasks()) {
                md.append(' ')
                        .append(
                                t.units().stream()
                                        .filter(u -> u.unit().equals(unit))
                                        .findFirst()
                                        .map(u -> Labels.shortOf(u.state()))
                                        .orElse("—"))
                        .append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
        for (State s : State.values()) {
            md.append(Labels.shortOf(s)).append(" = ").append(s.label()).append("；");
        }
        md.append("“—”表示该单位不是此任务的责任单位。\n\n");
    }

    private static void units(StringBuilder md, AuditReport r) {
        md.append("## 各单位完成情况\n\n");
        for (String unit : r.units()) {
            md.append("### ")
                    .append(SafeText.markdown(unit))
                    .append("\n\n| 序号 | 完成情况 | 说明 | ")
                    .append(Labels.EVIDENCE)
                    .append(" |\n| ---: | --- | --- | --- |\n");
            for (TaskResult t : r.tasks()) {
                for (UnitResult u : t.units()) {
                    if (u.unit().equals(unit)) {
                        md.append("| ")
                                .append(t.number())
                                .append(" | ")
                                .append(u.state().label())
                                .append(" | ")
                                .append(SafeText.markdownCell(u.explanation()))
                                .append(" | ")
                                .append(SafeText.markdownCell(ids(u.evidenceIds())))
                                .append(" |\n");
                    }
                }
            }
            md.append('\n');
        }
    }

    private static void annualTables(StringBuilder md, AuditReport.AnnualTables tables) {
        if (tables == null) {
            return;
        }
        md.append("## 年报统计表（")
                .append(tables.reportYear())
                .append(" 年度，")
                .append(SafeText.markdown(tables.layout()))
                .append("）\n\n")
                .append(SafeText.markdown(tables.basis()))
                .append("\n\n");
        proactive(md, tables.proactive());
        grid(md, tables.applications());
        if (!tables.unplacedApplications().isEmpty()) {
            md.append("未能计入表三的办理记录 ")
                    .append(tables.unplacedApplications().size())
                    .append(" 件：")
                    .append(
                            SafeText.markdown(
                                    AuditReport.UnplacedRecord.listed(
                                            tables.unplacedApplications())))
                    .append("。\n\n");
        }
        grid(md, tables.reviews());
    }

    /** Table 2 as one Markdown table per section, since sections have columns of their own. */
    static void proactive(StringBuilder md, AuditReport.ProactiveTable table) {
        md.append("### ").append(SafeText.markdown(table.title())).append("\n\n");
        for (AuditReport.ProactiveSection section : table.sections()) {
            md.append("| ")
                    .append(SafeText.markdown(section.item()))
                    .append("<br>")
                    .append(SafeText.markdown(table.rowHeading()))
                    .append(" |");
            section.columns()
                    .forEach(c -> md.append(' ').append(SafeText.markdownCell(c)).append(" |"));
            md.append("\n| --- |");
            section.columns().forEach(c -> md.append(" ---: |"));
            md.append('\n');
            for (AuditReport.ProactiveRow row : section.rows()) {
                md.append("| ").append(SafeText.markdownCell(row.label())).append(" |");
                row.values().forEach(v -> md.append(' ').append(TaskText.value(v)).append(" |"));
                md.append('\n');
            }
            md.append('\n');
        }
    }

    /** A statistics grid flat, one row per key: Markdown cannot merge cells. */
    static void grid(StringBuilder md, AuditReport.StatisticsGrid grid) {
        md.append("### ")
                .append(SafeText.markdown(grid.title()))
                .append("\n\n| ")
                .append(SafeText.markdown(grid.rowHeading()))
                .append(" |");
        grid.columns().forEach(c -> md.append(' ').append(SafeText.markdownCell(c)).append(" |"));
        md.append("\n| --- |");
        grid.columns().forEach(c -> md.append(" ---: |"));
        md.append('\n');
        for (AuditReport.GridRow row : grid.rows()) {
            md.append("| ").append(SafeText.markdownCell(row.label())).append(" |");
            row.values().forEach(v -> md.append(' ').append(v).append(" |"));
            md.append('\n');
        }
        md.append('\n');
    }

    /** Only when the evidence folder has waivers, so reports without them are unchanged. */
    private static void waivers(StringBuilder md, AuditReport r) {
        List<List<Object>> rows = WaiverLines.of(r);
        if (rows.isEmpty()) {
            return;
        }
        md.append("## ")
                .append(WaiverLines.TITLE)
                .append("\n\n")
                .append(WaiverLines.NOTE)
                .append("\n\n|");
        WaiverLines.HEADER.forEach(c -> md.append(' ').append(c).append(" |"));
        md.append("\n|");
        rows.get(0).forEach(c -> md.append(c instanceof Integer ? " ---: |" : " --- |"));
        md.append('\n');
        for (List<Object> row : rows) {
            md.append('|');
            row.forEach(
                    c ->
                            md.append(' ')
                                    .append(
                                            c instanceof Integer
                                                    ? c
                                                    : SafeText.markdownCell((String) c))
                                    .append(" |"));
            md.append('\n');
        }
        md.append('\n');
    }

    private static void manifest(StringBuilder md, AuditReport.Manifest m) {
        md.append("## 输入清单\n\n| 文件 | SHA-256 |\n| --- | --- |\n");
        for (AuditReport.InputFile f : m.rules()) {
            md.append("| 规则：")
                    .append(SafeText.markdownCell(f.path()))
                    .append(" | `")
                    .append(f.sha256())
                    .append("` |\n");
        }
        for (AuditReport.InputFile f : m.evidence()) {
            md.append("| ")
                    .append(Labels.EVIDENCE)
                    .append("：")
                    .append(SafeText.markdownCell(f.path()))
                    .append(" | `")
                    .append(f.sha256())
                    .append("` |\n");
        }
        md.append("\n读取")
                .append(Labels.EVIDENCE)
                .append("记录：")
                .append(
                        m.recordsByKind().entrySet().stream()
                                .filter(e -> e.getValue() > 0)
                                .map(e -> e.getKey() + " " + e.getValue())
                                .collect(Collectors.joining("，")))
                .append("；其中日期晚于截至日期、未参与本次自查的 ")
                .append(m.recordsAfterAsOf())
                .append(" 条。\n\n");
        if (!m.uncitedByKind().isEmpty()) {
            md.append("未被任何结论引用的记录：")
                    .append(
                            m.uncitedByKind().entrySet().stream()
                                    .map(e -> e.getKey() + " " + e.getValue())
                                    .collect(Collectors.joining("，")))
                    .append("。\n\n");
        }
    }

    private static String evidence(List<String> ids) {
        return ids.isEmpty() ? "" : "（" + Labels.EVIDENCE + "：" + SafeText.markdown(ids(ids)) + "）";
    }

    private static String ids(List<String> ids) {
        return String.join("、", ShownIds.shown(ids)) + ShownIds.rest(ids);
    }
}
