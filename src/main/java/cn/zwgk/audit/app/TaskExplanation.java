package cn.zwgk.audit.app;

import cn.zwgk.audit.AuditRules;
import cn.zwgk.audit.Auditor;
import cn.zwgk.audit.engine.Firing;
import cn.zwgk.audit.engine.RuleBase.RuleInfo;
import cn.zwgk.audit.evidence.EvidenceLoader;
import cn.zwgk.audit.problem.CatalogException;
import cn.zwgk.audit.problem.EvidenceException;
import cn.zwgk.audit.problem.RuleException;
import cn.zwgk.audit.report.AuditReport.TaskResult;
import cn.zwgk.audit.report.AuditReport.UnitResult;
import cn.zwgk.audit.verdict.Labels;
import cn.zwgk.audit.verdict.Outcome;
import cn.zwgk.audit.verdict.StateCombination;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * {@code zwgk explain} below the command line: for one task, which rules fired on which records
 * with which values, which matched nothing, and how the verdicts combine into the state shown.
 */
public final class TaskExplanation {
    private TaskExplanation() {}

    /**
     * @param unit the one unit to look at, or null for all
     * @param asOf the audit date, or null for 31 December of the profile's audit year
     */
    public record Request(int task, String unit, Path evidence, Path rules, LocalDate asOf) {}

    /** The task or unit asked about is not in the catalog or not responsible for the task. */
    public static final class NotInCatalog extends Exception {
        private static final long serialVersionUID = 1L;

        NotInCatalog(String message) {
            super(message);
        }
    }

    /** The explanation, a line each. */
    public static List<String> explain(Request request)
            throws EvidenceException, RuleException, CatalogException, NotInCatalog {
        int task = request.task();
        String unit = request.unit();
        AuditRules rules = AuditRules.load(request.rules());
        if (rules.catalog().task(task).isEmpty()) {
            throw new NotInCatalog("任务目录中没有任务 " + task);
        }
        Auditor.Traced traced =
                new Auditor(rules)
                        .trace(new EvidenceLoader().load(request.evidence()), request.asOf());
        TaskResult result =
                traced.report().tasks().stream()
                        .filter(t -> t.number() == task)
                        .findFirst()
                        .orElseThrow();
        if (unit != null && result.units().stream().noneMatch(u -> u.unit().equals(unit))) {
            throw new NotInCatalog(unit + " 不是任务 " + task + " 的责任单位");
        }
        List<String> lines = new ArrayList<>();
        lines.add("任务 " + task + "：" + result.content());
        lines.add(
                "责任单位："
                        + result.responsibleUnits()
                        + "；期限："
                        + result.deadline()
                        + "；审计日期："
                        + traced.report().asOf());
        lines.add("结论：" + result.state().label() + " — " + result.explanation());
        lines.add("");
        lines.add("规则：");
        for (RuleInfo rule : rules.ruleBase().rules()) {
            if (rule.task() == task) {
                firings(rules, rule, traced.firings(), result, unit, lines);
            }
        }
        lines.add("");
        lines.add("各单位：");
        for (UnitResult u : result.units()) {
            if (unit == null || unit.equals(u.unit())) {
                lines.add("  " + u.unit() + "  " + u.state().label() + "  " + u.explanation());
            }
        }
        lines.add("");
        List<String> combination = StateCombination.lines();
        for (int i = 0; i < combination.size(); i++) {
            lines.add((i == 0 ? "合成：" : "      ") + combination.get(i));
        }
        return lines;
    }

    /** A rule, whether it fired, and each firing with its values and the finding it gave. */
    private static void firings(
            AuditRules rules,
            RuleInfo rule,
            List<Firing> all,
            TaskResult result,
            String unit,
            List<String> lines) {
        List<Firing> firings =
                all.stream()
                        .filter(f -> f.rule().equals(rule.name()))
                        .filter(
                                f ->
                                        unit == null
                                                || !f.values().containsKey("$unit")
                                                || unit.equals(f.values().get("$unit")))
                        .toList();
        lines.add(
                "  "
                        + rule.name()
                        + "（"
                        + rules.folder().relativize(rule.file())
                        + "）："
                        + (firings.isEmpty() ? "未匹配任何证据，未触发" : "触发 " + firings.size() + " 次"));
        for (Firing f : firings) {
            lines.add(
                    "    · "
                            + f.values().entrySet().stream()
                                    .map(e -> e.getKey() + " = " + e.getValue())
                                    .collect(Collectors.joining("；")));
            String firedFor = f.values().get("$unit");
            result.findings().stream()
                    .filter(x -> x.rule().equals(rule.name()) && Objects.equals(x.unit(), firedFor))
                    .forEach(
                            x ->
                                    lines.add(
                                            "      → "
                                                    + (x.unit() == null ? Labels.WHOLE : x.unit())
                                                    + "："
                                                    + Labels.meaning(Outcome.valueOf(x.outcome()))
                                                    + "。"
                                                    + x.message()));
        }
    }
}
