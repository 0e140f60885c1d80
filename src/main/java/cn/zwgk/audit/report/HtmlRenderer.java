package cn.zwgk.audit.report;

import cn.zwgk.audit.report.AuditReport.Finding;
import cn.zwgk.audit.report.AuditReport.InputFile;
import cn.zwgk.audit.report.AuditReport.TaskResult;
import cn.zwgk.audit.report.AuditReport.UnitResult;
import cn.zwgk.audit.text.SafeText;
import cn.zwgk.audit.verdict.Labels;
import cn.zwgk.audit.verdict.Outcome;
import cn.zwgk.audit.verdict.State;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code report.html}: one self-contained page a person reads in a browser — summary counts and an
 * inline SVG chart of states per 牵头单位, the units × tasks matrix coloured by state, every task's
 * findings with their evidence ids, and the manifest. No script, no external font, style sheet or
 * image; a Content-Security-Policy forbids them besides. Every text passes through {@link #esc}.
 */
final class HtmlRenderer implements Renderer {
    /** Bar and badge colours; the matrix uses the light ones so the words stay readable. */
    private static final Map<State, String> COLOUR =
            new EnumMap<>(
                    Map.of(
                            State.PASS,
                            "#2e7d32",
                            State.FAIL,
                            "#c62828",
                            State.PENDING,
                            "#1565c0",
                            State.NO_EVIDENCE,
                            "#e65100",
                            State.NOT_APPLICABLE,
                            "#757575",
                            State.WAIVED,
                            "#6a1b9a"));

    private static final Map<State, String> LIGHT =
            new EnumMap<>(
                    Map.of(
                            State.PASS,
                            "#c8e6c9",
                            State.FAIL,
                            "#ffcdd2",
                            State.PENDING,
                            "#bbdefb",
                            State.NO_EVIDENCE,
                            "#ffe0b2",
                            State.NOT_APPLICABLE,
                            "#eeeeee",
                            State.WAIVED,
                            "#e1bee7"));
    private static final String STYLE =
            """
            body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;\
            margin:0 auto;max-width:1240px;padding:16px 20px;color:#212121;line-height:1.6;font-size:15px}
            h1{font-size:24px;margin:8px 0}h2{font-size:20px;border-bottom:2px solid #ccc;margin-top:32px}
            h3{font-size:16px;margin:0 0 6px}
            .meta,.note{color:#555;font-size:13px}
            nav a{margin-right:14px}
            table{border-collapse:collapse;margin:8px 0}
            th,td{border:1px solid #bbb;padding:3px 6px;vertical-align:top;text-align:left}
            th{background:#f0f0f0}
            table.grid th{text-align:center;vertical-align:middle}
            table.grid td{vertical-align:middle}
            table.waivers th{white-space:nowrap}
            td.n{text-align:right}
            .badge{display:inline-block;padding:0 6px;border-radius:3px;color:#fff;font-size:13px;font-weight:normal}
            .sw{display:inline-block;width:12px;height:12px;margin-right:6px;vertical-align:-1px}
            table.matrix{font-size:12px}
            table.matrix th,table.matrix td{padding:2px 3px;text-align:center;white-space:nowrap}
            table.matrix th.unit{text-align:left}
            table.matrix td.none{color:#aaa}
            article.task{border:1px solid #ddd;border-left-width:6px;padding:8px 12px;margin:12px 0}
            article.task dl{display:grid;grid-template-columns:max-content 1fr;gap:0 12px;margin:4px 0;font-size:14px}
            article.task dt{color:#555}article.task dd{margin:0}
            ul.findings{margin:4px 0;padding-left:20px}
            .rule{display:block;color:#777;font-size:12px}
            code{font-family:"Noto Sans Mono","DejaVu Sans Mono",monospace;font-size:13px;background:#f5f5f5;padding:0 2px}
            """;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileName() {
        return "report.html";
    }

    @Override
    public byte[] render(AuditReport r) {
        StringBuilder h = new StringBuilder();
        String title = r.organisation() + " " + r.auditYear() + " 年" + Labels.REPORT_TITLE;
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append(
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                                + " style-src 'unsafe-inline'\">\n")
                .append(
                        "<meta name=\"viewport\" content=\"width=device-width,"
                                + " initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"")
                .append(SafeText.html(r.tool()))
                .append("\">\n")
                .append("<title>")
                .append(SafeText.html(title))
                .append("</title>\n<style>\n");
        for (State s : State.values()) {
            h.append(".s-")
                    .append(s.name())
                    .append("{background:")
                    .append(LIGHT.get(s))
                    .append("}")
                    .append(".b-")
                    .append(s.name())
                    .append("{background:")
                    .append(COLOUR.get(s))
                    .append("}")
                    .append("article.t-")
                    .append(s.name())
                    .append("{border-left-color:")
                    .append(COLOUR.get(s))
                    .append("}\n");
        }
        h.append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<h1>")
                .append(SafeText.html(title))
                .append("</h1>\n<p class=\"meta\">任务目录：")
                .append(SafeText.html(r.catalogTitle()))
                .append("　")
                .append(Labels.AS_OF)
                .append("：")
                .append(SafeText.html(r.asOf().toString()))
                .append("　生成工具：")
                .append(SafeText.html(r.tool()))
                .append("</p>\n<nav><a href=\"#summary\">总体情况</a><a href=\"#matrix\">")
                .append(Labels.UNITS_OVERVIEW)
                .append("</a><a href=\"#tasks\">")
                .append(Labels.TASK_DETAILS)
                .append("</a>")
                .append(r.statistics() == null ? "" : "<a href=\"#statistics\">年报统计表</a>")
                .append(
                        r.waivers().isEmpty()
                                ? ""
                                : "<a href=\"#waivers\">" + WaiverLines.TITLE + "</a>")
                .append("<a href=\"#manifest\">输入清单</a></nav>\n");
        summary(h, r);
        matrix(h, r);
        tasks(h, r);
        annualTables(h, r.statistics());
        waivers(h, r);
        manifest(h, r);
        h.append("</body>\n</html>\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void summary(StringBuilder h, AuditReport r) {
        h.append(
                "<section id=\"summary\">\n"
                        + "<h2>总体情况</h2>\n<p>"
                        + SafeText.html(TaskText.overall(r))
                        + "。</p>\n"
                        + "<table class=\"counts\">\n"
                        + "<tr><th>完成情况</th><th>任务数</th></tr>\n");
        for (Map.Entry<State, Integer> e : r.summary().counts().entrySet()) {
            h.append("<tr><td>")
                    .append(swatch(e.getKey()))
                    .append(SafeText.html(e.getKey().label()))
                    .append("</td><td class=\"n\">")
                    .append(e.getValue())
                    .append("</td></tr>\n");
        }
        h.append("<tr><th>合计</th><th class=\"n\">")
                .append(r.summary().tasks())
                .append("</th></tr>\n</table>\n<p>");
        if (r.summary().failingTasks().isEmpty()) {
            h.append("没有未完成的任务。");
        } else {
            h.append("未完成的任务：");
            List<Integer> failing = r.summary().failingTasks();
            for (int i = 0; i < failing.size(); i++) {
                h.append(i == 0 ? "" : "、")
                        .append("<a href=\"#task-")
                        .append(failing.get(i))
                        .append("\">")
                        .append(failing.get(i))
                        .append("</a>");
            }
            h.append("。");
        }
        h.append("</p>\n<h3>按牵头单位分组的任务完成情况</h3>\n");
        chart(h, r.tasks());
        h.append("</section>\n");
    }

    /** A horizontal stacked bar per 牵头单位 (as written, in table order), one segment per state. */
    private static void chart(StringBuilder h, List<TaskResult> tasks) {
        Map<String, Map<State, Integer>> groups = new LinkedHashMap<>();
        for (TaskResult t : tasks) {
            groups.computeIfAbsent(t.leadUnits(), k -> new EnumMap<>(State.class))
                    .merge(t.state(), 1, Integer::sum);
        }
        int most =
                groups.values().stream()
                        .mapToInt(g -> g.values().stream().mapToInt(Integer::intValue).sum())
                        .max()
                        .orElse(1);
        int label = 220;
        int bar = 640;
        int rowHeight = 34;
        int top = 34;
        int height = top + groups.size() * rowHeight + 8;
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"960\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 960 ")
                .append(height)
                .append("\" role=\"img\" aria-label=\"按牵头单位分组的任务完成情况\" ")
                .append("font-size=\"13\" font-family=\"sans-serif\">\n");
        int x = 0;
        for (State s : State.values()) {
            h.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"")
                    .append(COLOUR.get(s))
                    .append("\"/><text x=\"")
                    .append(x + 16)
                    .append("\" y=\"17\">")
                    .append(SafeText.html(s.label()))
                    .append("</text>\n");
            x += 110;
        }
        int y = top;
        for (Map.Entry<String, Map<State, Integer>> g : groups.entrySet()) {
            int total = g.getValue().values().stream().mapToInt(Integer::intValue).sum();
            h.append("<text x=\"")
                    .append(label - 8)
                    .append("\" y=\"")
                    .append(y + 18)
                    .append("\" text-anchor=\"end\">")
                    .append(SafeText.html(g.getKey()))
                    .append("</text>\n");
            double left = label;
            for (State s : State.values()) {
                int n = g.getValue().getOrDefault(s, 0);
                if (n == 0) {
                    continue;
                }
                double width = (double) bar * n / most;
                h.append("<rect x=\"")
                        .append(number(left))
                        .append("\" y=\"")
                        .append(y)
                        .append("\" width=\"")
                        .append(number(width))
                        .append("\" height=\"24\" fill=\"")
                        .append(COLOUR.get(s))
                        .append("\"><title>")
                        .append(SafeText.html(g.getKey() + "：" + s.label() + " " + n + " 项"))
                        .append("</title></rect>\n");
                if (width >= 18) {
                    h.append("<text x=\"")
                            .append(number(left + width / 2))
                            .append("\" y=\"")
                            .append(y + 17)
                            .append("\" text-anchor=\"middle\" fill=\"#fff\">")
                            .append(n)
                            .append("</text>\n");
                }
                left += width;
            }
            h.append("<text x=\"")
                    .append(number(left + 8))
                    .append("\" y=\"")
                    .append(y + 17)
                    .append("\">共 ")
                    .append(total)
                    .append(" 项</text>\n");
            y += rowHeight;
        }
        h.append("</svg>\n");
    }

    private static void matrix(StringBuilder h, AuditReport r) {
        h.append("<section id=\"matrix\">\n<h2>")
                .append(Labels.UNITS_OVERVIEW)
                .append("</h2>\n<p class=\"note\">");
        for (State s : State.values()) {
            h.append("<span class=\"sw s-")
                    .append(s.name())
                    .append("\"></span>")
                    .append(SafeText.html(Labels.shortOf(s)))
                    .append(" = ")
                    .append(SafeText.html(s.label()))
                    .append("　");
        }
        h.append(
                "“—”表示该单位不是此任务的责任单位。</p>\n"
                        + "<table class=\"matrix\">\n"
                        + "<tr><th class=\"unit\">单位</th>");
        for (TaskResult t : r.tasks()) {
            h.append("<th><a href=\"#task-")
                    .append(t.number())
                    .append("\">")
                    .append(t.number())
                    .append("</a></th>");
        }
        h.append("</tr>\n");
        for (String unit : r.units()) {
            h.append("<tr><th class=\"unit\">").append(SafeText.html(unit)).append("</th>");
            for (TaskResult t : r.tasks()) {
                Optional<UnitResult> u =
                        t.units().stream().filter(x -> x.unit().equals(unit)).findFirst();
                if (u.isEmpty()) {
                    h.append("<td class=\"none\">—</td>");
                } else {
                    State s = u.get().state();
                    h.append("<td class=\"s-")
                            .append(s.name())
                            .append("\" title=\"")
                            .append(SafeText.html(t.number() + " " + unit + "：" + s.label()))
                            .append("\">")
                            .append(SafeText.html(Labels.shortOf(s)))
                            .append("</td>");
                }
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    private static void tasks(StringBuilder h, AuditReport r) {
        h.append("<section id=\"tasks\">\n<h2>").append(Labels.TASK_DETAILS).append("</h2>\n");
        for (TaskResult t : r.tasks()) {
            h.append("<article class=\"task t-")
                    .append(t.state().name())
                    .append("\" id=\"task-")
                    .append(t.number())
                    .append("\">\n<h3>")
                    .append(badge(t.state()))
                    .append(' ')
                    .append(t.number())
                    .append(". ")
                    .append(SafeText.html(t.content()))
                    .append("</h3>\n<dl>")
                    .append("<dt>牵头单位</dt><dd>")
                    .append(SafeText.html(t.leadUnits()))
                    .append("</dd>")
                    .append("<dt>责任单位</dt><dd>")
                    .append(SafeText.html(t.responsibleUnits()))
                    .append("</dd>")
                    .append("<dt>时间节点</dt><dd>")
                    .append(lines(TaskText.deadline(t)))
                    .append("</dd>")
                    .append("<dt>期限</dt><dd>")
                    .append(SafeText.html(t.deadline()))
                    .append(
                            t.deadline().contains(t.dueDate().toString())
                                    ? ""
                                    : "（" + SafeText.html(t.dueDate().toString()) + "）")
                    .append("</dd><dt>说明</dt><dd>")
                    .append(lines(t.explanation()))
                    .append("</dd>")
                    .append("<dt>")
                    .append(Labels.EVIDENCE)
                    .append("</dt><dd>")
                    .append(ids(t.evidenceIds()))
                    .append("</dd>")
                    .append(
                            t.rectifications().isEmpty()
                                    ? ""
                                    : "<dt>"
                                            + Labels.RECTIFICATION
                                            + "</dt><dd>"
                                            + lines(TaskText.rectifications(t))
                                            + "</dd>")
                    .append("</dl>\n");
            if (!t.units().isEmpty()) {
                h.append(
                        "<table class=\"units\">\n"
                                + "<tr><th>单位</th><th>完成情况</th><th>说明</th><th>"
                                + Labels.EVIDENCE
                                + "</th></tr>\n");
                for (UnitResult u : t.units()) {
                    h.append("<tr><td>")
                            .append(SafeText.html(u.unit()))
                            .append("</td><td class=\"s-")
                            .append(u.state().name())
                            .append("\">")
                            .append(SafeText.html(u.state().label()))
                            .append("</td><td>")
                            .append(lines(u.explanation()))
                            .append("</td><td>")
                            .append(ids(u.evidenceIds()))
                            .append("</td></tr>\n");
                }
                h.append("</table>\n");
            }
            h.append(
                    t.findings().isEmpty()
                            ? "<p class=\"note\">尚无判定。</p>\n"
                            : "<ul class=\"findings\">\n");
            for (Finding f : t.findings()) {
                h.append("<li><strong>")
                        .append(SafeText.html(f.unit() == null ? Labels.WHOLE : f.unit()))
                        .append("</strong>　")
                        .append(SafeText.html(Labels.of(Outcome.valueOf(f.outcome()))))
                        .append("：")
                        .append(lines(f.message()));
                if (!f.evidenceIds().isEmpty()) {
                    h.append("（")
                            .append(Labels.EVIDENCE)
                            .append("：")
                            .append(ids(f.evidenceIds()))
                            .append("）");
                }
                h.append("<small class=\"rule\">")
                        .append(Labels.RULE)
                        .append("：")
                        .append(SafeText.html(f.rule()))
                        .append("</small></li>\n");
            }
            h.append(t.findings().isEmpty() ? "" : "</ul>\n").append("</article>\n");
        }
        h.append("</section>\n");
    }

    private static void annualTables(StringBuilder h, AuditReport.AnnualTables tables) {
        if (tables == null) {
            return;
        }
        h.append("<section id=\"statistics\">\n<h2>年报统计表（")
                .append(tables.reportYear())
                .append(" 年度，")
                .append(SafeText.html(tables.layout()))
                .append("）</h2>\n<p class=\"note\">")
                .append(SafeText.html(tables.basis()))
                .append("</p>\n");
        List<PrintedTable> printed = PrintedTable.annual(tables);
        grid(h, tables.proactive().title(), printed.get(0));
        grid(h, tables.applications().title(), printed.get(1));
        if (!tables.unplacedApplications().isEmpty()) {
            h.append("<p>未能计入表三的办理记录 ")
                    .append(tables.unplacedApplications().size())
                    .append(" 件：")
                    .append(
                            SafeText.html(
                                    AuditReport.UnplacedRecord.listed(
                                            tables.unplacedApplications())))
                    .append("。</p>\n");
        }
        grid(h, tables.reviews().title(), printed.get(2));
        h.append("</section>\n");
    }

    /** A table in the printed form of the national format, spans as colspan and rowspan. */
    private static void grid(StringBuilder h, String title, PrintedTable printed) {
        h.append("<h3>").append(SafeText.html(title)).append("</h3>\n<table class=\"grid\">\n");
        printed.header().forEach(row -> row(h, row));
        printed.body().forEach(row -> row(h, row));
        h.append("</table>\n");
    }

    private static void row(StringBuilder h, List<PrintedTable.Cell> cells) {
        h.append("<tr>");
        for (PrintedTable.Cell cell : cells) {
            String tag = cell.role() == PrintedTable.Role.HEADING ? "th" : "td";
            h.append('<')
                    .append(tag)
                    .append(cell.role() == PrintedTable.Role.VALUE ? " class=\"n\"" : "")
                    .append(cell.columns() > 1 ? " colspan=\"" + cell.columns() + "\"" : "")
                    .append(cell.rows() > 1 ? " rowspan=\"" + cell.rows() + "\"" : "")
                    .append('>')
                    .append(SafeText.html(cell.text()))
                    .append("</")
                    .append(tag)
                    .append('>');
        }
        h.append("</tr>\n");
    }

    /** Only when the evidence folder has waivers, as in report.md. */
    private static void waivers(StringBuilder h, AuditReport r) {
        List<List<Object>> rows = WaiverLines.of(r);
        if (rows.isEmpty()) {
            return;
        }
        h.append(
                        "<section id=\"waivers\">\n"
                                + "<h2>"
                                + WaiverLines.TITLE
                                + "</h2>\n"
                                + "<p class=\"note\">")
                .append(WaiverLines.NOTE)
                .append("</p>\n<table class=\"waivers\">\n<tr>");
        WaiverLines.HEADER.forEach(c -> h.append("<th>").append(SafeText.html(c)).append("</th>"));
        h.append("</tr>\n");
        for (List<Object> row : rows) {
            h.append("<tr>");
            row.forEach(
                    c ->
                            h.append(
                                            c instanceof Integer n
                                                    ? "<td class=\"n\"><a href=\"#task-"
                                                            + n
                                                            + "\">"
                                                            + n
                                                            + "</a>"
                                                    : "<td>" + SafeText.html((String) c))
                                    .append("</td>"));
            h.append("</tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    private static void manifest(StringBuilder h, AuditReport r) {
        AuditReport.Manifest m = r.manifest();
        h.append("<section id=\"manifest\">\n<h2>输入清单</h2>\n<p>生成工具：")
                .append(SafeText.html(r.tool()))
                .append("；")
                .append(Labels.AS_OF)
                .append("：")
                .append(SafeText.html(r.asOf().toString()))
                .append("。两份报告的清单相同，即出自相同的规则、任务目录与")
                .append(Labels.EVIDENCE)
                .append("。</p>\n")
                .append("<table>\n<tr><th>类别</th><th>文件</th><th>SHA-256</th></tr>\n");
        for (InputFile f : m.rules()) {
            h.append("<tr><td>规则</td><td>")
                    .append(SafeText.html(f.path()))
                    .append("</td><td><code>")
                    .append(SafeText.html(f.sha256()))
                    .append("</code></td></tr>\n");
        }
        for (InputFile f : m.evidence()) {
            h.append("<tr><td>")
                    .append(Labels.EVIDENCE)
                    .append("</td><td>")
                    .append(SafeText.html(f.path()))
                    .append("</td><td><code>")
                    .append(SafeText.html(f.sha256()))
                    .append("</code></td></tr>\n");
        }
        h.append("</table>\n<p>读取").append(Labels.EVIDENCE).append("记录：");
        boolean first = true;
        for (Map.Entry<String, Long> e : m.recordsByKind().entrySet()) {
            if (e.getValue() > 0) {
                h.append(first ? "" : "，")
                        .append(SafeText.html(e.getKey()))
                        .append(' ')
                        .append(e.getValue());
                first = false;
            }
        }
        h.append("；其中日期晚于截至日期、未参与本次自查的 ")
                .append(m.recordsAfterAsOf())
                .append(" 条。</p>\n</section>\n");
    }

    private static String badge(State s) {
        return "<span class=\"badge b-" + s.name() + "\">" + SafeText.html(s.label()) + "</span>";
    }

    private static String swatch(State s) {
        return "<span class=\"sw b-" + s.name() + "\"></span>";
    }

    private static String ids(List<String> ids) {
        StringBuilder out = new StringBuilder();
        for (String id : ShownIds.shown(ids)) {
            out.append(out.length() == 0 ? "" : " ")
                    .append("<code>")
                    .append(SafeText.html(id))
                    .append("</code>");
        }
        return ids.isEmpty() ? "—" : out.append(SafeText.html(ShownIds.rest(ids))).toString();
    }

    /** Escaped text with its line breaks kept. */
    private static String lines(String s) {
        return String.join("<br>", SafeText.clean(s).lines().map(SafeText::html).toList());
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
