package cn.zwgk.audit.cli;

import cn.zwgk.audit.app.BadRequest;
import cn.zwgk.audit.app.ReportComparison;
import java.io.PrintWriter;
import java.nio.file.Path;
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
        List<String> lines;
        try {
            lines = ReportComparison.compare(new ReportComparison.Request(oldReport, newReport));
        } catch (BadRequest e) {
            return Outputs.refused(e, err);
        }
        lines.forEach(out::println);
        return ExitCode.OK.code;
    }
}
