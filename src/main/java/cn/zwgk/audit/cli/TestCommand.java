package cn.zwgk.audit.cli;

import cn.zwgk.audit.AuditRules;
import cn.zwgk.audit.Auditor;
import cn.zwgk.audit.catalog.CatalogException;
import cn.zwgk.audit.engine.RuleException;
import cn.zwgk.audit.ruletest.CaseResult;
import cn.zwgk.audit.ruletest.RuleCaseFile;
import cn.zwgk.audit.ruletest.RuleCases;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
        Path folder = rules.folder();
        Auditor auditor;
        List<RuleCaseFile> files;
        RuleCases cases = new RuleCases(folder);
        try {
            auditor = new Auditor(AuditRules.load(folder));
            files = cases.load();
        } catch (CatalogException | RuleException e) {
            return InputProblems.report(e, err);
        } catch (IOException e) {
            err.println("无法读取规则用例：" + e.getMessage());
            return ExitCode.BAD_RULES.code;
        }
        int passed = 0;
        int failed = 0;
        for (RuleCaseFile file : files) {
            for (var c : file.cases()) {
                if (!selected(file, c.name())) {
                    continue;
                }
                CaseResult result = cases.run(auditor, file, c);
                if (result.passed()) {
                    passed++;
                    out.println("通过  " + result.file() + " › " + result.name());
                } else {
                    failed++;
                    out.println("失败  " + result.file() + " › " + result.name());
                    result.differences().forEach(d -> out.println("        " + d));
                    out.println("        说明：" + result.explanation());
                }
            }
        }
        // The plain closing line CI logs are read for.
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? ExitCode.OK.code : ExitCode.CASES_FAILED.code;
    }

    private boolean selected(RuleCaseFile file, String caseName) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        return filter.equals(String.valueOf(file.task()))
                || file.file().getFileName().toString().contains(filter)
                || caseName.contains(filter);
    }
}
