package cn.zwgk.audit.app;

import cn.zwgk.audit.AuditRules;
import cn.zwgk.audit.catalog.Catalog;
import cn.zwgk.audit.catalog.CatalogTask;
import cn.zwgk.audit.drl.ShapeLint;
import cn.zwgk.audit.problem.CatalogException;
import cn.zwgk.audit.problem.Problem;
import cn.zwgk.audit.problem.RuleException;
import cn.zwgk.audit.ruletest.RuleCaseFile;
import cn.zwgk.audit.ruletest.RuleCases;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code zwgk check} below the command line: the rules and the catalog checked without evidence.
 * Errors stop an audit (a file that does not compile, a task no rule decides…); warnings do not (a
 * rule file out of the guide's shape, a task without rule cases). Each is one located line, {@code
 * 文件:行:列: 错误：…} or {@code 文件:行:列: 警告：…}.
 *
 * @param errors the errors, located
 * @param warnings the warnings, located
 * @param rules how many rules compiled; 0 when any file failed
 * @param tasksCovered catalog tasks some rule decides
 * @param tasks catalog tasks; 0 when the catalog is unreadable
 */
public record RulesCheck(
        List<String> errors, List<String> warnings, int rules, int tasksCovered, int tasks) {

    private static final Pattern LOCATED =
            Pattern.compile("^(.*?:\\d+:\\d+): (.*)$", Pattern.DOTALL);

    /** Checks a rules folder: compiles what changed, lints every file, looks for rule cases. */
    public static RulesCheck of(Path folder) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try {
            ShapeLint.lintFolder(folder).forEach(w -> warnings.add(w.located("警告")));
        } catch (IOException e) {
            // The loader below reports the unreadable folder or file as an error.
        }
        AuditRules rules;
        try {
            rules = AuditRules.load(folder);
        } catch (RuleException e) {
            e.problems().forEach(p -> errors.add(p.located("错误")));
            return new RulesCheck(errors, warnings, 0, 0, 0);
        } catch (CatalogException e) {
            e.lines().forEach(p -> errors.add(error(p)));
            return new RulesCheck(errors, warnings, 0, 0, 0);
        }
        Path catalogFile = folder.resolve(Catalog.FILE_NAME);
        List<CatalogTask> unruled = rules.tasksWithoutRules();
        unruled.forEach(
                t ->
                        errors.add(
                                Problem.inText(catalogFile, 0, 0, "任务 " + t.number() + " 没有任何规则判定")
                                        .located("错误")));
        warnings.addAll(untestedTasks(rules, folder));
        int tasks = rules.catalog().tasks().size();
        return new RulesCheck(
                errors, warnings, rules.ruleBase().rules().size(), tasks - unruled.size(), tasks);
    }

    /** The closing line: both counts, then what the rules cover when they compiled. */
    public String summary() {
        String counts = errors.size() + " 个错误，" + warnings.size() + " 个警告";
        return tasks == 0
                ? counts
                : counts + "；" + rules + " 条规则覆盖 " + tasksCovered + "/" + tasks + " 项任务";
    }

    /** A catalog problem, {@code 文件:行:列: 原因}, worded as an error. */
    private static String error(String problem) {
        Matcher m = LOCATED.matcher(problem);
        return m.matches() ? m.group(1) + ": 错误：" + m.group(2) : "错误：" + problem;
    }

    /** Tasks that have rules but no test case beside them: allowed, but an auditor should know. */
    private static List<String> untestedTasks(AuditRules rules, Path folder) {
        Path cases = folder.resolve(RuleCases.FOLDER);
        Set<Integer> tested;
        try {
            tested =
                    new RuleCases(folder)
                            .load().stream().map(RuleCaseFile::task).collect(Collectors.toSet());
        } catch (IOException e) {
            return List.of(Problem.inText(cases, 0, 0, "无法读取规则用例：" + e.getMessage()).located("警告"));
        }
        Set<Integer> unruled =
                rules.tasksWithoutRules().stream()
                        .map(CatalogTask::number)
                        .collect(Collectors.toSet());
        return rules.catalog().tasks().stream()
                .map(CatalogTask::number)
                .filter(n -> !tested.contains(n) && !unruled.contains(n))
                .map(n -> Problem.inText(cases, 0, 0, "任务 " + n + " 有规则但没有规则用例").located("警告"))
                .toList();
    }
}
