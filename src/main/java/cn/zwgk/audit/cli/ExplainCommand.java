package cn.zwgk.audit.cli;

import cn.zwgk.audit.AuditRules;
import cn.zwgk.audit.Auditor;
import cn.zwgk.audit.catalog.CatalogException;
import cn.zwgk.audit.engine.Firing;
import cn.zwgk.audit.engine.RuleBase.RuleInfo;
import cn.zwgk.audit.engine.RuleException;
import cn.zwgk.audit.evidence.EvidenceException;
import cn.zwgk.audit.evidence.EvidenceLoader;
import cn.zwgk.audit.report.AuditReport.TaskResult;
import cn.zwgk.audit.report.AuditReport.UnitResult;
import cn.zwgk.audit.verdict.Labels;
import cn.zwgk.audit.verdict.Outcome;
import cn.zwgk.audit.verdict.State;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
        AuditRules loaded;
        Auditor.Traced traced;
        try {
            loaded = AuditRules.load(rules.folder());
            if (loaded.catalog().task(task).isEmpty()) {
                err.println("错误：任务目录中没有任务 " + task);
                return ExitCode.BAD_OPTIONS.code;
            }
            traced =
                    new Auditor(loaded)
                            .trace(
                                    new EvidenceLoader()
                                            .load(
                                                    evidence != null
                                                            ? evidence
                                                            : Main.home("sample-data/2020")),
                                    asOf);
        } catch (CatalogException | RuleException | EvidenceException e) {
            return InputProblems.report(e, err);
        }
        TaskResult result =
                traced.report().tasks().stream()
                        .filter(t -> t.number() == task)
                        .findFirst()
                        .orElseThrow();
        if (unit != null && result.units().stream().noneMatch(u -> u.unit().equals(unit))) {
            err.println("错误：" + unit + " 不是任务 " + task + " 的责任单位");
            return ExitCode.BAD_OPTIONS.code;
        }
        out.println("任务 " + task + "：" + result.content());
        out.println(
                "责任单位："
                        + result.responsibleUnits()
                        + "；期限："
                        + result.deadline()
                        + "；审计日期："
                        + traced.report().asOf());
        out.println("结论：" + result.state().label() + " — " + result.explanation());
        out.println();
        out.println("规则：");
        List<RuleInfo> taskRules =
                loaded.ruleBase().rules().stream().filter(r -> r.task() == task).toList();
        for (RuleInfo rule : taskRules) {
            List<Firing> firings =
                    traced.firings().stream()
                            .filter(f -> f.rule().equals(rule.name()))
                            .filter(
                                    f ->
                                            unit == null
                                                    || !f.values().containsKey("$unit")
                                                    || unit.equals(f.values().get("$unit")))
                            .toList();
            out.println(
                    "  "
                            + rule.name()
                            + "（"
                            + loaded.folder().relativize(rule.file())
                            + "）："
                            + (firings.isEmpty() ? "未匹配任何证据，未触发" : "触发 " + firings.size() + " 次"));
            for (Firing f : firings) {
                out.println(
                        "    · "
                                + f.values().entrySet().stream()
                                        .map(e -> e.getKey() + " = " + e.getValue())
                                        .collect(Collectors.joining("；")));
                String firedFor = f.values().get("$unit");
                result.findings().stream()
                        .filter(
                                x ->
                                        x.rule().equals(rule.name())
                                                && Objects.equals(x.unit(), firedFor))
                        .forEach(
                                x ->
                                        out.println(
                                                "      → "
                                                        + (x.unit() == null
                                                                ? Labels.WHOLE
                                                                : x.unit())
                                                        + "："
                                                        + Labels.meaning(
                                                                Outcome.valueOf(x.outcome()))
                                                        + "。"
                                                        + x.message()));
            }
        }
        out.println();
        out.println("各单位：");
        for (UnitResult u : result.units()) {
            if (unit == null || unit.equals(u.unit())) {
                out.println("  " + u.unit() + "  " + u.state().label() + "  " + u.explanation());
            }
        }
        out.println();
        String none = State.NO_EVIDENCE.label();
        out.println(
                "合成：单位的状态由其结论得出（无结论：期限未到为"
                        + State.PENDING.label()
                        + "，已到为"
                        + none
                        + "）；只有整体结论的任务，整体结论适用于每个责任单位。");
        out.println(
                "      任务状态：任一单位或整体结论"
                        + State.FAIL.label()
                        + " → "
                        + State.FAIL.label()
                        + "；否则任一"
                        + none
                        + " → "
                        + none
                        + "；否则任一"
                        + State.PENDING.label()
                        + " → "
                        + State.PENDING.label()
                        + "；否则"
                        + State.PASS.label()
                        + "；全部"
                        + State.NOT_APPLICABLE.label()
                        + " → "
                        + State.NOT_APPLICABLE.label()
                        + "。");
        return ExitCode.OK.code;
    }
}
