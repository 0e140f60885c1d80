package cn.zwgk.audit.cli;

import cn.zwgk.audit.app.AuditRun;
import cn.zwgk.audit.app.BadRequest;
import cn.zwgk.audit.app.BatchAudit;
import cn.zwgk.audit.app.ReportFormats;
import cn.zwgk.audit.app.StateChanges;
import cn.zwgk.audit.problem.InputFailure;
import cn.zwgk.audit.report.Renderer;
import cn.zwgk.audit.report.Renderers;
import cn.zwgk.audit.watch.AuditWatch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zwgk audit}: options in, one call to the auditor, files out, an exit code. */
@Command(name = "audit", description = "审计一个证据目录，打印摘要并写出报告。")
final class AuditCommand extends PrintingCommand {

    @CommandLine.Mixin EvidenceFolder evidence;

    @CommandLine.Mixin RulesOption rules;

    @CommandLine.Mixin AsOfOption asOf;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "out",
            description = "报告输出目录；默认 ${DEFAULT-VALUE}。")
    Path outFolder;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            split = ",",
            description = "报告格式，逗号分隔：${COMPLETION-CANDIDATES}；默认全部。",
            completionCandidates = Formats.class)
    List<String> formats;

    @Option(
            names = "--batch",
            paramLabel = "DIR",
            description =
                    "批量审计：DIR 的每个子目录是一个组织的证据（各含 profile.json），报告写入 --out/<子目录>/，"
                            + "汇总写入 --out/rollup.md 与 rollup.csv。")
    Path batch;

    @CommandLine.Mixin WatchOption watch;

    @Override
    int run(PrintWriter out, PrintWriter err) {
        // Progress goes to stderr only for a person watching a terminal, never into redirected
        // output.
        boolean progress = System.console() != null;
        try {
            // A watch writes reports only in the formats asked; a single run, in all by default.
            List<Renderer> renderers =
                    watch.on && formats == null ? List.of() : ReportFormats.named(formats);
            if (batch != null) {
                if (evidence.given() || watch.on) {
                    err.println("错误：--batch 不能与 EVIDENCE_DIR 或 --watch 同时给出");
                    return ExitCode.BAD_OPTIONS.code;
                }
                return runBatch(
                        new BatchAudit.Request(
                                batch,
                                rules.folder(),
                                renderers,
                                asOf.date(),
                                outFolder,
                                Runtime.getRuntime().availableProcessors(),
                                progress),
                        out,
                        err);
            }
            AuditRun.Request request =
                    new AuditRun.Request(
                            evidence.folder(), rules.folder(), asOf.date(), renderers, outFolder);
            if (watch.on) {
                return watch(request, out, err);
            }
            AuditRun.Result result = AuditRun.run(request, progress ? err::println : message -> {});
            Summary.print(result.report(), out);
            out.println("报告：" + joined(result.written()));
            return ExitCode.OK.code;
        } catch (BadRequest e) {
            return Outputs.refused(e, err);
        } catch (InputFailure e) {
            return InputProblems.report(e, err);
        } catch (IOException e) {
            err.println("报告无法写出：" + e);
            return ExitCode.OUTPUT_ERROR.code;
        }
    }

    private static String joined(List<Path> files) {
        return String.join("  ", files.stream().map(Path::toString).toList());
    }

    /** {@code --watch}: prints what each audit moved and the reports it wrote. */
    private int watch(AuditRun.Request request, PrintWriter out, PrintWriter err)
            throws BadRequest {
        Function<Path, String> name = Watching.names(request.rules(), request.evidence());
        AuditWatch audits =
                AuditRun.watch(
                        request,
                        new AuditWatch.Listener() {
                            @Override
                            public void changed(Set<Path> files) {
                                Watching.changed(out, files, name);
                            }

                            @Override
                            public void audited(AuditWatch.Audit audit) {
                                if (audit.diff() == null) {
                                    Summary.print(audit.report(), out);
                                } else {
                                    if (!audit.recompiled().isEmpty()) {
                                        out.println(
                                                "重新编译：" + Watching.join(audit.recompiled(), name));
                                    }
                                    StateChanges.lines(audit.diff()).forEach(out::println);
                                }
                                if (audit.unwritten() != null) {
                                    err.println("报告无法写出：" + audit.unwritten());
                                } else if (!audit.written().isEmpty()) {
                                    out.println("报告：" + joined(audit.written()));
                                }
                                out.println(
                                        Watching.took(audit.took())
                                                + (audit.diff() == null
                                                        ? "。监视规则与证据的改动，Ctrl-C 或 Ctrl-D 结束。"
                                                        : "。"));
                                out.flush();
                            }

                            @Override
                            public void failed(InputFailure problems, Duration took) {
                                InputProblems.report(problems, err);
                                err.flush();
                                out.println(Watching.took(took) + "。改正后自动重新审计。");
                                out.flush();
                            }
                        });
        return Watching.run(
                List.of(request.rules(), request.evidence()),
                List.of(outFolder),
                watch.in(),
                out,
                err,
                audits::run);
    }

    private static int runBatch(BatchAudit.Request request, PrintWriter out, PrintWriter err)
            throws BadRequest, InputFailure {
        BatchAudit.Result result;
        try {
            result = BatchAudit.run(request, err::println);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("批量审计被中断");
            return ExitCode.INTERNAL_ERROR.code;
        } catch (IOException e) {
            err.println("汇总无法写出：" + e);
            return ExitCode.OUTPUT_ERROR.code;
        }
        out.println(result.summary());
        out.println("汇总：" + joined(result.rollupFiles()));
        if (result.badEvidence()) {
            return ExitCode.BAD_EVIDENCE.code;
        }
        return result.failed() > 0 ? ExitCode.INTERNAL_ERROR.code : ExitCode.OK.code;
    }

    /** The format names, for --help. */
    static final class Formats extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Formats() {
            super(Renderers.formats());
        }
    }
}
