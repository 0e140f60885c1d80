package cn.zwgk.audit.cli;

import cn.zwgk.audit.app.TaskExplanation;
import cn.zwgk.audit.problem.InputFailure;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zwgk explain}: for one task, which rules fired on which records with which values, which
 * matched nothing, and how the verdicts combine into the state shown.
 */
@Command(name = "explain", description = "解释一项任务的结论：哪些规则在哪些证据上触发、算出了什么、如何合成最终状态。")
final class ExplainCommand extends PrintingCommand {
    @Parameters(index = "0", paramLabel = "TASK", description = "任务序号。")
    int task;

    @CommandLine.Mixin EvidenceFolder evidence;

    @Option(names = "--unit", paramLabel = "UNIT", description = "只看这个单位。")
    String unit;

    @CommandLine.Mixin RulesOption rules;

    @CommandLine.Mixin AsOfOption asOf;

    @Override
    int run(PrintWriter out, PrintWriter err) {
        List<String> lines;
        try {
            lines =
                    TaskExplanation.explain(
                            new TaskExplanation.Request(
                                    task, unit, evidence.folder(), rules.folder(), asOf.date()));
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
