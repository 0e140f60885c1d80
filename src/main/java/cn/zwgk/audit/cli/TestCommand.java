package cn.zwgk.audit.cli;

import cn.zwgk.audit.catalog.CatalogException;
import cn.zwgk.audit.engine.RuleException;
import cn.zwgk.audit.ruletest.CaseResult;
import cn.zwgk.audit.ruletest.RuleCases;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code zwgk test}: runs the rule cases beside the rules, one line each, then a count. */
@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "运行 rules/tests 中的规则用例：每个用例一行，失败的列出期望与实际及说明。")
final class TestCommand implements Callable<Integer> {

    @CommandLine.Mixin RulesOption rules;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILTER",
            description = "只运行文件名或用例名包含此文字的用例，或写任务序号（如 16）。")
    String filter;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<CaseResult> results;
        try {
            results =
                    new RuleCases(rules.folder()).run(filter, r -> r.lines().forEach(out::println));
        } catch (CatalogException | RuleException e) {
            return InputProblems.report(e, err);
        } catch (IOException e) {
            err.println("无法读取规则用例：" + e.getMessage());
            return ExitCode.BAD_RULES.code;
        }
        out.println(CaseResult.totals(results));
        return results.stream().allMatch(CaseResult::passed)
                ? ExitCode.OK.code
                : ExitCode.CASES_FAILED.code;
    }
}
