package cn.zwgk.audit.app;

import cn.zwgk.audit.report.AuditReport;
import cn.zwgk.audit.report.ReportDiff;
import cn.zwgk.audit.report.ReportDiff.FileChanges;
import cn.zwgk.audit.report.ReportReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code zwgk diff} below the command line: which tasks and units changed state between two
 * reports, and whether the rules, the evidence or both changed, judged from the manifests' hashes.
 */
public final class ReportComparison {
    private ReportComparison() {}

    /** The earlier and the later {@code report.json}. */
    public record Request(Path older, Path newer) {}

    /**
     * The comparison, a line each.
     *
     * @throws BadRequest when either file cannot be read as a report
     */
    public static List<String> compare(Request request) throws BadRequest {
        AuditReport before = read(request.older());
        AuditReport after = read(request.newer());
        ReportDiff diff = ReportDiff.between(before, after);
        List<String> lines = new ArrayList<>();
        lines.add("旧报告：" + request.older() + "（" + describe(before) + "）");
        lines.add("新报告：" + request.newer() + "（" + describe(after) + "）");
        lines.add("输入：" + inputs(diff) + "。");
        files(lines, "规则与任务目录", diff.rules());
        files(lines, "证据", diff.evidence());
        if (!before.asOf().equals(after.asOf())) {
            lines.add("审计日期不同：" + before.asOf() + " → " + after.asOf());
        }
        if (!before.tool().equals(after.tool())) {
            lines.add("生成工具不同：" + before.tool() + " → " + after.tool());
        }
        lines.addAll(StateChanges.lines(diff));
        return lines;
    }

    private static AuditReport read(Path file) throws BadRequest {
        try {
            return ReportReader.read(file);
        } catch (IOException e) {
            throw new BadRequest(file + " 无法读取为报告：" + e.getMessage());
        }
    }

    private static String describe(AuditReport r) {
        return r.organisation() + " " + r.auditYear() + " 年，审计日期 " + r.asOf() + "，" + r.tool();
    }

    /** Which inputs changed, in one phrase. */
    private static String inputs(ReportDiff diff) {
        boolean rules = diff.rules().any();
        boolean evidence = diff.evidence().any();
        if (rules && evidence) {
            return "规则与证据都有变化";
        }
        if (rules) {
            return "规则有变化，证据相同";
        }
        if (evidence) {
            return "证据有变化，规则相同";
        }
        return "规则与证据都相同";
    }

    private static void files(List<String> lines, String what, FileChanges changes) {
        List<String> parts = new ArrayList<>();
        if (!changes.changed().isEmpty()) {
            parts.add("修改 " + String.join("、", changes.changed()));
        }
        if (!changes.added().isEmpty()) {
            parts.add("新增 " + String.join("、", changes.added()));
        }
        if (!changes.removed().isEmpty()) {
            parts.add("删除 " + String.join("、", changes.removed()));
        }
        if (!parts.isEmpty()) {
            lines.add("  " + what + "：" + String.join("；", parts));
        }
    }
}
