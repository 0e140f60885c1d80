package cn.zwgk.audit.report;

import cn.zwgk.audit.catalog.Catalog;
import cn.zwgk.audit.verdict.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whose report it is and the manifest, as labelled lines, for the formats that state them as a list
 * (spreadsheets, the appendix's document properties): what the report was computed from, so a
 * reader can tell whether two reports came from the same inputs.
 */
final class ManifestLines {
    private ManifestLines() {}

    /**
     * @param kind what the line is, e.g. 规则, 证据
     * @param name the file or record kind, or empty
     * @param value the SHA-256, count or text
     */
    record Line(String kind, String name, String value) {}

    static List<Line> of(AuditReport report) {
        AuditReport.Manifest m = report.manifest();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("自查单位", "", report.organisation()));
        lines.add(new Line("年度", "", String.valueOf(report.auditYear())));
        lines.add(new Line("生成工具", "", report.tool()));
        lines.add(new Line(Labels.AS_OF, "", report.asOf().toString()));
        for (AuditReport.InputFile f : m.rules()) {
            lines.add(
                    new Line(
                            f.path().equals(Catalog.FILE_NAME) ? "任务目录" : "规则",
                            f.path(),
                            f.sha256()));
        }
        for (AuditReport.InputFile f : m.evidence()) {
            lines.add(new Line(Labels.EVIDENCE, f.path(), f.sha256()));
        }
        for (Map.Entry<String, Long> e : m.recordsByKind().entrySet()) {
            if (e.getValue() > 0) {
                lines.add(new Line("读取记录", e.getKey(), String.valueOf(e.getValue())));
            }
        }
        lines.add(new Line("晚于截至日期未参与自查的记录", "", String.valueOf(m.recordsAfterAsOf())));
        m.uncitedByKind()
                .forEach(
                        (kind, count) ->
                                lines.add(new Line("未被任何结论引用的记录", kind, String.valueOf(count))));
        return lines;
    }
}
