package cn.zwgk.audit.cli;

import cn.zwgk.audit.AuditRules;
import cn.zwgk.audit.Auditor;
import cn.zwgk.audit.catalog.CatalogException;
import cn.zwgk.audit.engine.RuleException;
import cn.zwgk.audit.evidence.EvidenceException;
import cn.zwgk.audit.report.AuditReport;
import cn.zwgk.audit.report.Renderer;
import cn.zwgk.audit.report.Renderers;
import cn.zwgk.audit.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zwgk audit}: options in, one call to the auditor, files out, an exit code. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "审计一个证据目录，打印摘要并写出报告。")
final class AuditCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "EVIDENCE_DIR",
            description = "证据目录（含 profile.json）；默认为自带的 sample-data/2020。")
    Path evidence;

    @CommandLine.Mixin
    RulesOption rules;

    @Option(names = "--as-of", paramLabel = "DATE", description = "审计日期 YYYY-MM-DD；默认为审计年度的 12 月 31 日。")
    LocalDate asOf;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "报告输出目录；默认 ${DEFAULT-VALUE}。")
    Path outFolder;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "报告格式，逗号分隔：${COMPLETION-CANDIDATES}；默认全部。", completionCandidates = Formats.class)
    List<String> formats;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Renderer> renderers = new ArrayList<>();
        for (String format : formats == null ? Renderers.formats() : formats) {
            var renderer = Renderers.byFormat(format.trim());
            if (renderer.isEmpty()) {
                err.println("错误：未知的报告格式 " + format + "（可用：" + String.join(",", Renderers.formats()) + "）");
                return ExitCode.BAD_OPTIONS.code;
            }
            renderers.add(renderer.get());
        }
        Path evidenceFolder = evidence != null ? evidence : Main.home("sample-data/2020");
        Path rulesFolder = rules.folder();
        AuditReport report;
        try {
            report = new Auditor(AuditRules.load(rulesFolder)).audit(evidenceFolder, asOf);
        } catch (EvidenceException | RuleException | CatalogException e) {
            return InputProblems.report(e, err);
        }
        List<Path> written;
        try {
            written = ReportWriter.write(report, renderers, outFolder);
        } catch (IOException e) {
            err.println("报告无法写出：" + e);
            return ExitCode.OUTPUT_ERROR.code;
        }
        Summary.print(report, out);
        out.println("报告：" + String.join("  ", written.stream().map(Path::toString).toList()));
        return ExitCode.OK.code;
    }

    /** The format names, for --help. */
    static final class Formats extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Formats() {
            super(Renderers.formats());
        }
    }
}
