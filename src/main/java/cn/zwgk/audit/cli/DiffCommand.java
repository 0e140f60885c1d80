package cn.zwgk.audit.cli;

import cn.zwgk.audit.report.AuditReport;
import cn.zwgk.audit.report.ReportDiff;
import cn.zwgk.audit.report.ReportDiff.FileChanges;
import cn.zwgk.audit.report.ReportReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code zwgk diff OLD.json NEW.json}: which tasks and units changed state between two runs, and
 * whether the rules, the evidence or both changed, judged from the manifests' hashes.
 */
@Command(
        name = "diff",
        description = "比较两份 report.json：哪些任务、单位的完成情况变了，规则、证据是否有变化（依据输入清单的 SHA-256）。")
final class DiffCommand extends PrintingCommand {

    @Parameters(index = "0", paramLabel = "OLD.json", description = "较早的报告。")
    Path oldReport;

    @Parameters(index = "1", paramLabel = "NEW.json", description = "较新的报告。")
    Path newReport;

    @Override
    int run(PrintWriter out, PrintWriter err) {
        AuditReport before;
        AuditReport after;
        try {
            before = read(oldReport);
            after = read(newReport);
        } catch (IOException e) {
            err.println("错误：" + e.getMessage());
            return ExitCode.BAD_OPTIONS.code;
        }
        ReportDiff diff = ReportDiff.between(before, after);
        out.println("旧报告：" + oldReport + "（" + describe(before) + "）");
        out.println("新报告：" + newReport + "（" + describe(after) + "）");
        out.println("输入：" + inputs(diff) + "。");
        files(out, "规则与任务目录", diff.rules());
        files(out, "证据", diff.evidence());
        if (!before.asOf().equals(after.asOf())) {
            out.println("审计日期不同：" + before.asOf() + " → " + after.asOf());
        }
        if (!before.tool().equals(after.tool())) {
            out.println("生成工具不同：" + before.tool() + " → " + after.tool());
        }
        StateChanges.lines(diff).forEach(out::println);
        return ExitCode.OK.code;
    }

    private static AuditReport read(Path file) throws IOException {
        try {
            return ReportReader.read(file);
        } catch (IOException e) {
            throw new IOException(file + " 无法读取为报告：" + e.getMessage(), e);
        }
    }

    private static String describe(AuditReport r) {
        return r.organisation() + " " + r.auditYear() + " 年，审计日期 " + r.asOf() + "，" + r.tool();
    }

    /** Which inputs changed, in one phrase. */
    static String inputs(ReportDiff diff) {
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

    private static void files(PrintWriter out, String what, FileChanges changes) {
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
            out.println("  " + what + "：" + String.join("；", parts));
        }
    }
}
