package cn.zwgk.audit.report;

import cn.zwgk.audit.facts.ReportLayout;
import cn.zwgk.audit.facts.ReportLayout.Matter;
import cn.zwgk.audit.facts.ReportLayout.Measure;
import cn.zwgk.audit.report.AuditReport.AnnualTables;
import cn.zwgk.audit.report.AuditReport.TaskResult;
import cn.zwgk.audit.statistics.AnnualStatistics;
import cn.zwgk.audit.verdict.Labels;
import cn.zwgk.audit.verdict.State;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 政府信息公开工作年度报告 of the audit year, drafted whole from the report model: the parts the national
 * format sets out (条例第五十条), in its wording, with every number the evidence gives and a 【待填写】 gap
 * wherever a person must write. Both annual-report formats render this one draft, so the Word
 * document and its Markdown copy cannot say different things.
 *
 * @param title the report's title
 * @param blocks its content in reading order
 */
record AnnualReportDraft(String title, List<Block> blocks) {

    /** A piece of the report. */
    sealed interface Block {}

    /**
     * A part's heading, level 1 (一、总体情况) or level 2 (（一）主动公开).
     *
     * @param level 1 or 2
     */
    record Heading(int level, String text) implements Block {}

    /** A paragraph of running text; gaps are marked in it with {@link Labels#gap}. */
    record Paragraph(String text, Style style) implements Block {}

    /** One of the format's tables, numbered as the format numbers them (2, 3, 4). */
    record Table(int number) implements Block {}

    /** How a paragraph is set. */
    enum Style {
        /** Running text, first line indented. */
        BODY,
        /** A drafting note for the writer, to be removed before publication. */
        NOTE,
        /** The signature lines at the end, set right. */
        SIGNATURE
    }

    /** The draft of the report for {@code report}'s audit year. */
    static AnnualReportDraft of(AuditReport report) {
        AnnualTables tables = report.statistics();
        int year = report.auditYear();
        List<Block> blocks = new ArrayList<>();
        blocks.add(note(draftingNote(report)));
        blocks.add(body(preamble(report)));

        blocks.add(new Heading(1, "一、总体情况"));
        overview(tables, blocks);

        blocks.add(new Heading(1, "二、主动公开政府信息情况"));
        blocks.add(new Table(2));
        blocks.add(new Heading(1, "三、收到和处理政府信息公开申请情况"));
        blocks.add(new Table(3));
        if (!tables.unplacedApplications().isEmpty()) {
            blocks.add(
                    note(
                            Labels.gap(
                                    "以下办理记录未能计入本表，补正后重新生成："
                                            + AuditReport.UnplacedRecord.listed(
                                                    tables.unplacedApplications()))));
        }
        blocks.add(new Heading(1, "四、政府信息公开行政复议、行政诉讼情况"));
        blocks.add(new Table(4));

        blocks.add(new Heading(1, "五、存在的主要问题及改进情况"));
        problems(report, blocks);

        blocks.add(new Heading(1, "六、其他需要报告的事项"));
        blocks.add(
                body(
                        "本机关对照《"
                                + report.catalogTitle()
                                + "》开展年度自查，截至"
                                + Labels.date(report.asOf())
                                + "，"
                                + TaskText.overall(report)
                                + "。"));
        if (ReportLayout.forYear(year) == ReportLayout.GB_2021) {
            blocks.add(body("本年度收取信息处理费情况：" + Labels.gap("发出收费通知的件数和总金额，以及实际收取的总金额")));
        }
        blocks.add(body(Labels.gap("其他需要报告的事项；没有的，写“无”")));
        blocks.add(new Paragraph(report.organisation(), Style.SIGNATURE));
        blocks.add(new Paragraph(Labels.gap("发布日期"), Style.SIGNATURE));
        return new AnnualReportDraft(title(report), List.copyOf(blocks));
    }

    /**
     * 一、总体情况 in the five parts the national format's notice names, each opening with the year's
     * figures from the evidence and leaving the work's description to the writer.
     */
    private static void overview(AnnualTables tables, List<Block> blocks) {
        AnnualStatistics.Overview o = tables.overview();
        part(
                blocks,
                "（一）主动公开",
                tables.reportYear()
                        + "年，本机关主动公开政策文件"
                        + count(o.policies(), "政策文件件数")
                        + "件，其中行政规范性文件"
                        + count(proactive(tables, Matter.规范性文件, Measure.MADE), "本年制发的行政规范性文件件数")
                        + "件；发布政策解读"
                        + count(o.interpretations(), "政策解读篇数")
                        + "篇；公示行政许可决定"
                        + count(proactive(tables, Matter.行政许可, Measure.DECISIONS), "行政许可决定件数")
                        + "件、行政处罚决定"
                        + count(proactive(tables, Matter.行政处罚, Measure.DECISIONS), "行政处罚决定件数")
                        + "件。",
                "主动公开工作的主要做法和成效");
        part(
                blocks,
                "（二）依申请公开",
                tables.reportYear()
                        + "年，本机关新收政府信息公开申请"
                        + total(tables.applications(), ReportLayout.NEW)
                        + "件，上年结转"
                        + total(tables.applications(), ReportLayout.CARRIED_IN)
                        + "件，本年度办结"
                        + total(tables.applications(), ReportLayout.RESULTS_TOTAL)
                        + "件，结转下年度继续办理"
                        + total(tables.applications(), ReportLayout.CARRIED_OUT)
                        + "件。因政府信息公开工作被申请行政复议"
                        + total(tables.reviews(), ReportLayout.REVIEW_ROWS.get(0))
                        + "件、被提起行政诉讼"
                        + ReportLayout.LITIGATION_ROWS.stream()
                                .mapToInt(row -> total(tables.reviews(), row))
                                .sum()
                        + "件。",
                "依申请公开工作的主要做法");
        part(
                blocks,
                "（三）政府信息管理",
                "本机关对"
                        + count(o.attributeReviews(), "重新审查公开属性的公文件数")
                        + "件公文重新审查公开属性，在政务公开平台备案公文"
                        + count(o.filedDocuments(), "备案公文件数")
                        + "件。",
                "政府信息管理的其他情况");
        part(
                blocks,
                "（四）政府信息公开平台建设",
                "本机关收到社会关切"
                        + count(o.concerns(), "社会关切项数")
                        + "项，已回应"
                        + count(o.concernsAnswered(), "已回应社会关切项数")
                        + "项；举办政府开放日、开放周、网络问政等活动"
                        + count(o.openEvents(), "政府开放活动次数")
                        + "次。",
                "政府网站、政务新媒体等公开平台的建设情况");
        part(
                blocks,
                "（五）监督保障",
                "本机关主要领导听取政务公开工作汇报"
                        + count(o.leaderBriefings(), "主要领导听取汇报次数")
                        + "次，开展政务公开业务培训"
                        + count(o.trainings(), "业务培训次数")
                        + "次。",
                "考核评议、责任追究等监督保障情况");
    }

    /** A part of 总体情况: its heading, the figures, and a gap for what only the writer knows. */
    private static void part(List<Block> blocks, String heading, String figures, String toWrite) {
        blocks.add(new Heading(2, heading));
        blocks.add(body(figures + Labels.gap(toWrite)));
    }

    static String title(AuditReport report) {
        return report.organisation() + report.auditYear() + "年政府信息公开工作年度报告";
    }

    /**
     * For the writer: where the draft comes from, the statutory deadline (条例第四十九条), and that the
     * gaps must be filled and this note removed. A gap itself, so it is highlighted and found.
     */
    private static String draftingNote(AuditReport report) {
        LocalDate yearEnd = LocalDate.of(report.auditYear(), 12, 31);
        return Labels.gap(
                "起草说明：本稿依截至"
                        + Labels.date(report.asOf())
                        + "的工作台账和"
                        + Labels.EVIDENCE
                        + "生成，格式依"
                        + report.statistics().layout()
                        + (report.asOf().isBefore(yearEnd) ? "；统计未满全年，年度结束后须重新生成" : "")
                        + "。依《中华人民共和国政府信息公开条例》第四十九条，本报告应于"
                        + Labels.date(LocalDate.of(report.auditYear() + 1, 1, 31))
                        + "前报送并向社会公布。定稿前补齐各处待填写内容，并删去本段");
    }

    private static String preamble(AuditReport report) {
        int year = report.auditYear();
        return "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和政府信息公开工作年度报告统一格式（"
                + report.statistics().layout()
                + "）的要求编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
                + "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。"
                + "本报告中所列数据的统计期限自"
                + year
                + "年1月1日起至"
                + year
                + "年12月31日止。本报告电子版可在"
                + Labels.gap("网站名称及网址")
                + "下载。如对本报告有疑问，请与"
                + report.organisation()
                + Labels.gap("联系部门、地址、邮编、电话")
                + "联系。";
    }

    /**
     * 五: the year's 未完成 tasks as the problems, then their 整改措施, each task's place left as a gap
     * where the bureau has recorded none.
     */
    private static void problems(AuditReport report, List<Block> blocks) {
        List<TaskResult> failed =
                report.tasks().stream().filter(t -> t.state() == State.FAIL).toList();
        blocks.add(new Heading(2, "（一）存在的主要问题"));
        if (failed.isEmpty()) {
            blocks.add(body("本年度自查未发现未完成的任务。" + Labels.gap("其他存在的问题")));
        }
        numbered(blocks, failed, AnnualReportDraft::problem);
        blocks.add(new Heading(2, "（二）改进情况"));
        numbered(blocks, failed, AnnualReportDraft::improvement);
        blocks.add(body(Labels.gap("上年度年报所列问题的改进情况")));
    }

    /**
     * A 未完成 task as a problem: what it is, whether it was done late, and what is wrong (the
     * problems its rectifications name, else the explanation of its state).
     */
    private static String problem(TaskResult t) {
        String wrong =
                t.rectifications().isEmpty()
                        ? t.explanation()
                        : t.rectifications().stream()
                                .map(AuditReport.RectificationResult::problem)
                                .collect(Collectors.joining("；"));
        return "关于“"
                + stripPeriod(t.content())
                + "”："
                + (t.late() == null ? "" : Labels.of(t.late()) + "。")
                + sentence(wrong);
    }

    /** What is done about a 未完成 task: its rectifications, or a gap where none is recorded. */
    private static String improvement(TaskResult t) {
        return t.rectifications().isEmpty()
                ? Labels.gap("整改措施、整改责任单位和整改时限")
                : sentence(
                        t.rectifications().stream()
                                .map(TaskText::rectification)
                                .collect(Collectors.joining("；")));
    }

    /**
     * One paragraph a task, "1. …", "2. …": both parts of 五 number the same tasks in the same
     * order, so that a problem and its 改进情况 carry the same number.
     */
    private static void numbered(
            List<Block> blocks, List<TaskResult> tasks, Function<TaskResult, String> text) {
        for (int i = 0; i < tasks.size(); i++) {
            blocks.add(body((i + 1) + ". " + text.apply(tasks.get(i))));
        }
    }

    /** Text ending in 。, as a sentence in running text does. */
    private static String sentence(String text) {
        return stripPeriod(text) + "。";
    }

    private static String stripPeriod(String text) {
        String stripped = text.strip();
        return stripped.endsWith("。") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    /** A figure as a number, or a gap naming it when the evidence cannot give it. */
    private static String count(Number value, String what) {
        return value == null ? Labels.gap(what) : value.toString();
    }

    /**
     * A Table 2 cell by what it counts, found where the report year's layout puts it; null when the
     * evidence does not give it or the layout has no such cell.
     */
    private static Number proactive(AnnualTables tables, Matter matter, Measure measure) {
        List<ReportLayout.Section> layout =
                ReportLayout.forYear(tables.reportYear()).proactiveSections();
        for (int s = 0; s < layout.size(); s++) {
            List<ReportLayout.Line> rows = layout.get(s).rows();
            List<ReportLayout.Column> columns = layout.get(s).columns();
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < columns.size(); c++) {
                    if (rows.get(r).matter() == matter && columns.get(c).measure() == measure) {
                        return tables.proactive().sections().get(s).rows().get(r).values().get(c);
                    }
                }
            }
        }
        return null;
    }

    /** A statistics grid's 总计 in one row. */
    private static int total(AuditReport.StatisticsGrid grid, String key) {
        int column = grid.columns().indexOf(ReportLayout.TOTAL);
        return grid.rows().stream()
                .filter(r -> r.key().equals(key))
                .findFirst()
                .map(r -> r.values().get(column))
                .orElseThrow(() -> new IllegalArgumentException("表中没有“" + key + "”行"));
    }

    private static Paragraph body(String text) {
        return new Paragraph(text, Style.BODY);
    }

    private static Paragraph note(String text) {
        return new Paragraph(text, Style.NOTE);
    }
}
