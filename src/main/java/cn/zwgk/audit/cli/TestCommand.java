package cn.zwgk.audit.cli;

import cn.zwgk.audit.problem.CatalogException;
import cn.zwgk.audit.problem.InputFailure;
import cn.zwgk.audit.problem.RuleException;
import cn.zwgk.audit.ruletest.CaseResult;
import cn.zwgk.audit.ruletest.RuleCases;
import cn.zwgk.audit.watch.CaseWatch;
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
import picocli.CommandLine.Parameters;

/** {@code zwgk test}: runs the rule cases beside the rules, one line each, then a count. */
@Command(name = "test", description = "运行 rules/tests 中的规则用例：每个用例一行，失败的列出期望与实际及说明。")
final class TestCommand extends PrintingCommand {

    @CommandLine.Mixin RulesOption rules;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILTER",
            description = "任务序号（如 16）只运行该任务的用例；其他文字只运行文件名或用例名包含它的用例。")
    String filter;

    @CommandLine.Mixin WatchOption watch;

    @Override
    int run(PrintWriter out, PrintWriter err) {
        if (watch.on) {
            return watch(out, err);
        }
        List<CaseResult> results;
        try {
            results =
                    new RuleCases(rules.folder()).run(filter, r -> r.lines().forEach(out::println));
        } catch (CatalogException | RuleException | IOException e) {
            return problems(e, err);
        }
        out.println(CaseResult.totals(results));
        return results.stream().allMatch(CaseResult::passed)
                ? ExitCode.OK.code
                : ExitCode.CASES_FAILED.code;
    }

    private int watch(PrintWriter out, PrintWriter err) {
        Path folder = rules.folder();
        Function<Path, String> name = Watching.names(folder);
        CaseWatch.Listener listener =
                new CaseWatch.Listener() {
                    @Override
                    public void changed(Set<Path> files) {
                        Watching.changed(out, files, name);
                    }

                    @Override
                    public void ran(
                            List<CaseResult> results, List<CaseWatch.Moved> moved, Duration took) {
                        if (moved == null) {
                            results.forEach(r -> r.lines().forEach(out::println));
                        } else if (moved.isEmpty()) {
                            out.println("各用例的结果均未变化。");
                        } else {
                            moved.forEach(m -> lines(m).forEach(out::println));
                        }
                        out.println(
                                CaseResult.totals(results)
                                        + "，"
                                        + Watching.took(took)
                                        + (moved == null
                                                ? "。监视规则与用例的改动，Ctrl-C 或 Ctrl-D 结束。"
                                                : "。"));
                        out.flush();
                    }

                    @Override
                    public void failed(Exception problems, Duration took) {
                        problems(problems, err);
                        err.flush();
                        out.println(Watching.took(took) + "。改正后自动重新运行。");
                        out.flush();
                    }
                };
        return Watching.run(
                List.of(folder),
                List.of(),
                watch.in(),
                out,
                err,
                new CaseWatch(folder, filter, listener)::run);
    }

    /** A case whose result moved: how it was, then its lines as {@code zwgk test} shows them. */
    private static List<String> lines(CaseWatch.Moved moved) {
        if (moved.after() == null) {
            return List.of("删除  " + moved.before().file() + " › " + moved.before().name());
        }
        List<String> lines = new ArrayList<>(moved.after().lines());
        String was = moved.before() == null ? "新增" : moved.before().passed() ? "通过 →" : "失败 →";
        lines.set(0, was + " " + lines.get(0));
        return lines;
    }

    private static int problems(Exception e, PrintWriter err) {
        if (e instanceof InputFailure failure) {
            return InputProblems.report(failure, err);
        }
        err.println("无法读取规则用例：" + e.getMessage());
        return ExitCode.BAD_RULES.code;
    }
}
