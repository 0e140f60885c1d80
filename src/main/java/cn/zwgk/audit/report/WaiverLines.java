package cn.zwgk.audit.report;

import cn.zwgk.audit.verdict.Labels;
import cn.zwgk.audit.verdict.State;
import java.util.List;

/**
 * The waivers as every format that lists them shows them: one row per waiver (the column headings
 * and the cells), so report.md, report.html, findings.xlsx and findings.csv cannot disagree on what
 * a waiver row says, and one sentence per waiver for appendix.docx. Each format escapes the text
 * cells its own way.
 */
final class WaiverLines {
    /** What the formats head the list with: the state a waiver gives, not the word 豁免. */
    static final String TITLE = State.WAIVED.label() + "事项";

    static final List<String> HEADER =
            List.of("编号", "任务", "单位", "调整范围", "理由", "批准人", "批准单位", "批准日期");

    /** What a reader needs to read the list: how far a waiver reaches. */
    static final String NOTE =
            "截至日前已批准的调整：未限定范围的，相应单位的整项任务为"
                    + State.WAIVED.label()
                    + "；限定期间或记录的，只对范围内的问题不计入，范围外的问题照常判定。";

    private WaiverLines() {}

    /**
     * A row's cells in {@link #HEADER} order: the task number an {@link Integer}, the others text.
     */
    static List<List<Object>> of(AuditReport report) {
        return report.waivers().stream()
                .map(
                        w ->
                                List.<Object>of(
                                        w.id(),
                                        w.task(),
                                        unit(w),
                                        w.scope(),
                                        w.reason(),
                                        w.approver(),
                                        w.approvingBody(),
                                        Labels.date(w.approvedOn())))
                .toList();
    }

    /**
     * "任务24（全部责任单位，整项任务）：理由。局党组会议 张某 2020年9月15日批准。": a waiver as running text, with no record id of
     * its own.
     */
    static List<String> sentences(AuditReport report) {
        return report.waivers().stream()
                .map(
                        w ->
                                "任务"
                                        + w.task()
                                        + "（"
                                        + unit(w)
                                        + "，"
                                        + w.scope()
                                        + "）："
                                        + w.reason()
                                        + "。"
                                        + w.approvingBody()
                                        + " "
                                        + w.approver()
                                        + " "
                                        + Labels.date(w.approvedOn())
                                        + "批准。")
                .toList();
    }

    private static String unit(AuditReport.WaiverResult w) {
        return w.unit() == null ? Labels.ALL_UNITS : w.unit();
    }
}
