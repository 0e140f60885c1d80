package cn.zwgk.audit.cli;

import cn.zwgk.audit.app.TaskExplanation;
import cn.zwgk.audit.problem.InputFailure;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zwgk explain}: for one task, which rules fired on which records with which values, which
 * matched nothing, and how the verdicts combine into the state shown.
 */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "解释一项任务的结论：哪些规则在哪些证据上触发、算出了什么、如何合成最终状态。")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TASK", description = "任务序号。")
    int task;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "EVIDENCE_DIR",
            description = "证据目录；默认为自带的 sample-data/2020。")
    Path evidence;

    @Option(names = "--unit", paramLabel = "UNIT", description = "只看这个单位。")
    String unit;

    @CommandLine.Mixin RulesOption rules;

    @Option(names = "--as-of", paramLabel = "DATE", description = "审计日期；默认为审计年度的 12 月 31 日。")
    LocalDate asOf;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> lines;
        try {
            lines =
                    TaskExplanation.explain(
                            new TaskExplanation.Request(
                                    task,
                                    unit,
                                    evidence != null ? evidence : Main.home("sample-data/2020"),
                                    rules.folder(),
                                    asOf));
        } catch (InputFailure e) {
            return InputProblems.report(e, err);
        } catch (TaskExplanation.NotInCatalog e) {
            err.println("错误：" + e.getMessage());
            return ExitCode.BAD_OPTIONS.code;
        }
        lines.forEach(out::println);
        return ExitCode.OK.code;
    }
}
