package cn.zwgk.audit.report;

import cn.zwgk.audit.verdict.Labels;
import cn.zwgk.audit.verdict.State;
import java.util.List;

/**
 * The waivers as every format that lists them shows them, one row per waiver: the column headings
 * and the cells, so report.md, report.html and findings.xlsx cannot disagree on what a waiver row
 * says. Each format escapes the text cells its own way.
 */
final class WaiverLines {
    /** What the formats head the list with: the state a waiver gives, not the word 豁免. */
    static final String TITLE = State.WAIVED.label() + "事项";

    static final List<String> HEADER =
            List.of("编号", "任务", "单位", "理由", "批准人", "批准日期", "有效至", "截至日状态");

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
                                        w.unit() == null ? Labels.ALL_UNITS : w.unit(),
                                        w.reason(),
                                        w.approvedBy(),
                                        w.approvedOn().toString(),
                                        w.expiresOn().toString(),
                                        w.status()))
                .toList();
    }
}
