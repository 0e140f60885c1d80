package cn.zwgk.audit.cli;

import cn.zwgk.audit.app.AuditRun;
import cn.zwgk.audit.app.BatchAudit;
import cn.zwgk.audit.problem.InputFailure;
import cn.zwgk.audit.report.AuditReport;
import cn.zwgk.audit.report.Renderer;
import cn.zwgk.audit.report.Renderers;
import cn.zwgk.audit.report.ReportDiff;
import cn.zwgk.audit.report.ReportWriter;
import cn.zwgk.audit.watch.AuditWatch;
import cn.zwgk.audit.watch.FolderWatch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zwgk audit}: options in, one call to the auditor, files out, an exit code. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "审计一个证据目录，打印摘要并写出报告。")
final class AuditCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "EVIDENCE_DIR",
            description = "证据目录（含 profile.json）；默认为自带的 sample-data/2020。")
    Path evidence;

    @CommandLine.Mixin RulesOption rules;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "审计日期 YYYY-MM-DD；默认为审计年度的 12 月 31 日。")
    LocalDate asOf;

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

    @Option(
            names = "--watch",
            description =
                    "常驻运行：规则、任务目录或证据改动后自动重新审计（只重新编译改动的规则文件），"
                            + "列出完成情况变了的任务与单位及每次用时；给出 --format 时每次写出这些格式的报告。"
                            + "Ctrl-C 或 Ctrl-D 结束。")
    boolean watch;

    @CommandLine.ParentCommand Main main;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // Progress goes to stderr only for a person watching a terminal, never into redirected
        // output.
        boolean progress = System.console() != null;
        List<Renderer> renderers = new ArrayList<>();
        for (String format : formats == null ? Renderers.formats() : formats) {
            var renderer = Renderers.byFormat(format.trim());
            if (renderer.isEmpty()) {
                err.println(
                        "错误：未知的报告格式 "
                                + format
                                + "（可用："
                                + String.join(",", Renderers.formats())
                                + "）");
                return ExitCode.BAD_OPTIONS.code;
            }
            renderers.add(renderer.get());
        }
        if (batch != null) {
            if (evidence != null || watch) {
                err.println("错误：--batch 不能与 EVIDENCE_DIR 或 --watch 同时给出");
                return ExitCode.BAD_OPTIONS.code;
            }
            if (inside(outFolder, batch)) {
                err.println(
                        "错误：--out "
                                + outFolder
                                + " 在批量目录 "
                                + batch
                                + " 之内：报告会被下次运行当作一个组织的证据，请换一个输出目录");
                return ExitCode.BAD_OPTIONS.code;
            }
            return runBatch(renderers, out, err, progress);
        }
        Path evidenceFolder = evidence != null ? evidence : Main.home("sample-data/2020");
        if (inside(outFolder, evidenceFolder)) {
            err.println(
                    "错误：--out "
                            + outFolder
                            + " 在证据目录 "
                            + evidenceFolder
                            + " 之内：报告会被下次运行当作证据读取，请换一个输出目录");
            return ExitCode.BAD_OPTIONS.code;
        }
        if (watch) {
            return watch(rules.folder(), evidenceFolder, formats == null ? List.of() : renderers);
        }
        AuditRun.Result result;
        try {
            result =
                    AuditRun.run(
                            new AuditRun.Request(
                                    evidenceFolder, rules.folder(), asOf, renderers, outFolder),
                            progress ? err::println : message -> {});
        } catch (InputFailure e) {
            return InputProblems.report(e, err);
        } catch (IOException e) {
            err.println("报告无法写出：" + e);
            return ExitCode.OUTPUT_ERROR.code;
        }
        Summary.print(result.report(), out);
        out.println("报告：" + joined(result.written()));
        return ExitCode.OK.code;
    }

    private static String joined(List<Path> files) {
        return String.join("  ", files.stream().map(Path::toString).toList());
    }

    /**
     * {@code --watch}: audits again after each change; writes reports only in the formats asked.
     */
    private int watch(Path rulesFolder, Path evidenceFolder, List<Renderer> renderers) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FolderWatch changes =
                Watching.folders(List.of(rulesFolder, evidenceFolder), List.of(outFolder), err);
        if (changes == null) {
            return ExitCode.BAD_OPTIONS.code;
        }
        Function<Path, String> name = Watching.names(rulesFolder, evidenceFolder);
        AuditWatch.Listener listener =
                new AuditWatch.Listener() {
                    @Override
                    public void changed(Set<Path> files) {
                        Watching.changed(out, files, name);
                    }

                    @Override
                    public void audited(
                            AuditReport report,
                            ReportDiff diff,
                            List<Path> recompiled,
                            Duration took) {
                        if (diff == null) {
                            Summary.print(report, out);
                        } else {
                            if (!recompiled.isEmpty()) {
                                out.println("重新编译：" + Watching.join(recompiled, name));
                            }
                            StateChanges.lines(diff).forEach(out::println);
                        }
                        if (!renderers.isEmpty()) {
                            try {
                                out.println(
                                        "报告："
                                                + joined(
                                                        ReportWriter.write(
                                                                report, renderers, outFolder)));
                            } catch (IOException e) {
                                err.println("报告无法写出：" + e);
                            }
                        }
                        out.println(
                                Watching.took(took)
                                        + (diff == null ? "。监视规则与证据的改动，Ctrl-C 或 Ctrl-D 结束。" : "。"));
                        out.flush();
                    }

                    @Override
                    public void failed(InputFailure problems, Duration took) {
                        InputProblems.report(problems, err);
                        err.flush();
                        out.println(Watching.took(took) + "。改正后自动重新审计。");
                        out.flush();
                    }
                };
        return Watching.run(
                changes,
                main.in,
                out,
                new AuditWatch(rulesFolder, evidenceFolder, asOf, listener)::run);
    }

    /**
     * Whether {@code folder} is {@code parent} or below it, links resolved as far as they exist
     * (the output folder may not exist yet).
     */
    static boolean inside(Path folder, Path parent) {
        Path real = resolved(folder);
        Path realParent = resolved(parent);
        return real.startsWith(realParent);
    }

    private static Path resolved(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        for (Path p = absolute; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                try {
                    return p.toRealPath().resolve(p.relativize(absolute));
                } catch (java.io.IOException e) {
                    return absolute;
                }
            }
        }
        return absolute;
    }

    private int runBatch(
            List<Renderer> renderers, PrintWriter out, PrintWriter err, boolean progress) {
        List<Path> folders;
        try {
            folders = BatchAudit.organisations(batch);
        } catch (IOException e) {
            err.println("错误：无法读取批量目录 " + batch + "：" + e.getMessage());
            return ExitCode.BAD_OPTIONS.code;
        }
        BatchAudit.Result result;
        try {
            result =
                    BatchAudit.run(
                            new BatchAudit.Request(
                                    folders,
                                    rules.folder(),
                                    renderers,
                                    asOf,
                                    outFolder,
                                    Runtime.getRuntime().availableProcessors(),
                                    progress),
                            err::println);
        } catch (InputFailure e) {
            return InputProblems.report(e, err);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("批量审计被中断");
            return ExitCode.INTERNAL_ERROR.code;
        } catch (IOException e) {
            err.println("汇总无法写出：" + e);
            return ExitCode.OUTPUT_ERROR.code;
        }
        long failed = result.failed();
        out.printf(
                "批量审计 %d 个组织：完成 %d，失败 %d，用时 %.1f 秒%n",
                result.organisations().size(),
                result.organisations().size() - failed,
                failed,
                result.took().toMillis() / 1e3);
        out.println("汇总：" + joined(result.rollupFiles()));
        if (result.badEvidence()) {
            return ExitCode.BAD_EVIDENCE.code;
        }
        return failed > 0 ? ExitCode.INTERNAL_ERROR.code : ExitCode.OK.code;
    }

    /** The format names, for --help. */
    static final class Formats extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Formats() {
            super(Renderers.formats());
        }
    }
}
