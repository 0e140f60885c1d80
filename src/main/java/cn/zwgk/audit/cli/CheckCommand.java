package cn.zwgk.audit.cli;

import cn.zwgk.audit.AuditRules;
import cn.zwgk.audit.catalog.Catalog;
import cn.zwgk.audit.catalog.CatalogException;
import cn.zwgk.audit.catalog.CatalogTask;
import cn.zwgk.audit.engine.RuleException;
import cn.zwgk.audit.engine.RuleProblem;
import cn.zwgk.audit.ruletest.RuleCaseFile;
import cn.zwgk.audit.ruletest.RuleCases;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code zwgk check}: compiles the rules and the catalog without evidence and lists every problem.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "检查规则与任务目录：编译全部 .drl，核对 @task 与任务目录，不需要证据。")
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Mixin RulesOption rules;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = rules.folder();
        AuditRules loaded;
        try {
            loaded = AuditRules.load(folder);
        } catch (CatalogException | RuleException e) {
            List<?> problems =
                    e instanceof CatalogException c ? c.problems() : ((RuleException) e).problems();
            problems.forEach(p -> out.println("错误 " + p));
            out.println(problems.size() + " 个错误，0 个警告");
            return ExitCode.BAD_RULES.code;
        }
        Path catalogFile = folder.resolve(Catalog.FILE_NAME);
        List<String> errors =
                loaded.tasksWithoutRules().stream()
                        .map(
                                t ->
                                        new RuleProblem(
                                                        catalogFile,
                                                        0,
                                                        0,
                                                        "任务 " + t.number() + " 没有任何规则判定")
                                                .toString())
                        .toList();
        List<String> warnings = untestedTasks(loaded, folder);
        errors.forEach(e -> out.println("错误 " + e));
        warnings.forEach(w -> out.println("警告 " + w));
        out.println(
                errors.size()
                        + " 个错误，"
                        + warnings.size()
                        + " 个警告；"
                        + loaded.ruleBase().rules().size()
                        + " 条规则覆盖 "
                        + (loaded.catalog().tasks().size() - loaded.tasksWithoutRules().size())
                        + "/"
                        + loaded.catalog().tasks().size()
                        + " 项任务");
        return errors.isEmpty() ? ExitCode.OK.code : ExitCode.BAD_RULES.code;
    }

    /** Tasks that have rules but no test case beside them: allowed, but an auditor should know. */
    private static List<String> untestedTasks(AuditRules rules, Path folder) {
        Set<Integer> tested;
        try {
            tested =
                    new RuleCases(folder)
                            .load().stream().map(RuleCaseFile::task).collect(Collectors.toSet());
        } catch (IOException e) {
            return List.of(folder.resolve(RuleCases.FOLDER) + ":0:0: 无法读取规则用例：" + e.getMessage());
        }
        return rules.catalog().tasks().stream()
                .map(CatalogTask::number)
                .filter(
                        n ->
                                !tested.contains(n)
                                        && !rules.tasksWithoutRules().stream()
                                                .anyMatch(t -> t.number() == n))
                .map(n -> folder.resolve(RuleCases.FOLDER) + ":0:0: 任务 " + n + " 有规则但没有规则用例")
                .toList();
    }
}
