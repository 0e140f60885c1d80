package cn.zwgk.audit.engine;

import cn.zwgk.audit.calendar.WorkCalendar;
import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.problem.Problem;
import cn.zwgk.audit.problem.RuleException;
import cn.zwgk.audit.verdict.Exceptions;
import cn.zwgk.audit.verdict.Excused;
import cn.zwgk.audit.verdict.Text;
import cn.zwgk.audit.verdict.Verdict;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.Environment;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;

/**
 * One audit's working memory: facts in, rules fired, verdicts out. Rules see the calendar as the
 * global {@code calendar} and never the wall clock.
 */
public final class RuleSession {
    /** Name of the DRL global holding the working-day calendar. */
    public static final String CALENDAR_GLOBAL = "calendar";

    /** Firings allowed per fact before a run is taken to be looping. */
    static final int FIRINGS_PER_FACT = 50;

    static final int MIN_FIRINGS = 100_000;

    /** Firings allowed before a run is taken to be looping, for {@code facts} facts. */
    public static int firingLimit(int facts) {
        return Math.max(MIN_FIRINGS, FIRINGS_PER_FACT * facts);
    }

    private final RuleBase rules;
    private final boolean traced;

    /**
     * @param rules the compiled rules
     * @param traced whether to record every firing for {@code zwgk explain}; off for audits, where
     *     it would only cost time
     */
    public RuleSession(RuleBase rules, boolean traced) {
        this.rules = rules;
        this.traced = traced;
    }

    /**
     * What a run produced: the verdicts, the problems approved waivers excused, and the firings
     * when traced (else none).
     */
    public record Result(List<Verdict> verdicts, List<Excused> excused, List<Firing> firings) {}

    /**
     * How long one consequence may run (默认值): the slowest rule on a million records takes well
     * under a second, so a consequence still running after this is looping without firing again.
     */
    static final long CONSEQUENCE_BUDGET_MILLIS = 20_000;

    /** How often the run is looked at for a consequence over its budget. */
    private static final long WATCH_MILLIS = 50;

    /** The rule a Drools constraint message names: {@code [Rule "name" in file]}. */
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"(.+?)\"");

    /** The match being fired and since when (nanoTime); null between firings. */
    private record Current(Match match, long since) {}

    /** As {@link #run(Collection, WorkCalendar, Exceptions, long)} with no waivers. */
    public Result run(Collection<?> facts, WorkCalendar calendar) throws RuleException {
        return run(facts, calendar, Exceptions.NONE);
    }

    /** As {@link #run(Collection, WorkCalendar, Exceptions, long)} with the default time budget. */
    public Result run(Collection<?> facts, WorkCalendar calendar, Exceptions exceptions)
            throws RuleException {
        return run(facts, calendar, exceptions, CONSEQUENCE_BUDGET_MILLIS);
    }

    /**
     * Inserts the facts, fires every rule, and returns the verdicts the rules inserted; {@code
     * exceptions} reach the rules' problem helpers through the session's environment. A failure of
     * any kind in a condition or a consequence (an exception, a stack overflow) and a consequence
     * running past {@code budgetMillis} are problems naming the rule, its task and file; the run
     * happens on a thread of its own so that such a consequence can be stopped.
     */
    public Result run(
            Collection<?> facts, WorkCalendar calendar, Exceptions exceptions, long budgetMillis)
            throws RuleException {
        Environment environment = KieServices.get().newEnvironment();
        environment.set(Exceptions.KEY, exceptions);
        KieSession session = rules.kieBase().newKieSession(null, environment);
        List<Firing> firings = new ArrayList<>();
        AtomicReference<Current> current = new AtomicReference<>();
        AtomicReference<Object> outcome = new AtomicReference<>();
        session.addEventListener(
                new DefaultAgendaEventListener() {
                    @Override
                    public void beforeMatchFired(BeforeMatchFiredEvent event) {
                        current.set(new Current(event.getMatch(), System.nanoTime()));
                    }

                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        current.set(null);
                        if (traced) {
                            firings.add(describe(event.getMatch()));
                        }
                    }
                });
        if (declaresGlobal(CALENDAR_GLOBAL)) {
            session.setGlobal(CALENDAR_GLOBAL, calendar);
        }
        Thread worker =
                new Thread(
                        () -> {
                            try {
                                facts.forEach(session::insert);
                                outcome.set(session.fireAllRules(firingLimit(facts.size())));
                            } catch (Throwable failure) {
                                outcome.set(failure);
                            }
                        },
                        "zwgk-rules");
        worker.setDaemon(true);
        worker.setUncaughtExceptionHandler((t, e) -> {});
        try {
            worker.start();
            while (worker.isAlive()) {
                worker.join(WATCH_MILLIS);
                Current running = current.get();
                if (running != null
                        && System.nanoTime() - running.since() > budgetMillis * 1_000_000) {
                    stop(worker);
                    throw new RuleException(
                            List.of(
                                    problem(
                                            running.match().getRule().getName(),
                                            "执行超过 "
                                                    + java.math.BigDecimal.valueOf(budgetMillis, 3)
                                                            .stripTrailingZeros()
                                                            .toPlainString()
                                                    + " 秒仍未结束，已停止（疑似规则的 then 部分死循环）"
                                                    + involved(running.match()))));
                }
            }
            if (outcome.get() instanceof Throwable failure) {
                throw failed(failure, current.get());
            }
            int limit = firingLimit(facts.size());
            if ((Integer) outcome.get() >= limit) {
                throw new RuleException(
                        List.of(
                                Problem.inText(
                                        null, 0, 0, "规则触发次数达到上限 " + limit + "，疑似规则反复修改事实而循环；已停止")));
            }
            return new Result(
                    session.getObjects(o -> o instanceof Verdict).stream()
                            .map(Verdict.class::cast)
                            .toList(),
                    session.getObjects(o -> o instanceof Excused).stream()
                            .map(Excused.class::cast)
                            .toList(),
                    List.copyOf(firings));
        } catch (InterruptedException e) {
            stop(worker);
            Thread.currentThread().interrupt();
            throw new RuleException(List.of(Problem.inText(null, 0, 0, "规则执行被中断")));
        } finally {
            // A stopped worker may have left the session mid-change: it is dropped, not disposed.
            if (!worker.isAlive()) {
                session.dispose();
            }
        }
    }

    /**
     * Ends a consequence that does not return. Thread.stop is the only way to end code that never
     * checks for interruption; the worker holds nothing shared but this run's session, which is
     * then dropped.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread worker) {
        worker.interrupt();
        try {
            worker.join(WATCH_MILLIS * 10);
            if (worker.isAlive()) {
                worker.stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The problem for a failure in the rules: a consequence failure names its match's rule; a
     * condition failure the rule Drools names in its message. Out of memory is not the rules' fault
     * alone and goes on to the caller, which says which limit to raise.
     */
    private RuleException failed(Throwable failure, Current running) {
        if (failure instanceof OutOfMemoryError memory) {
            throw memory;
        }
        String inCondition = null;
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Matcher named = RULE_IN_MESSAGE.matcher(String.valueOf(t.getMessage()));
            if (inCondition == null && !(failure instanceof ConsequenceException) && named.find()) {
                inCondition = named.group(1);
            }
            root = t;
        }
        Match match =
                failure instanceof ConsequenceException c && c.getMatch() != null
                        ? c.getMatch()
                        : running == null ? null : running.match();
        if (inCondition != null || match == null) {
            return new RuleException(
                    List.of(
                            problem(
                                    inCondition == null ? "?" : inCondition,
                                    "的条件计算出错：" + reason(root))));
        }
        return new RuleException(
                List.of(
                        problem(
                                match.getRule().getName(),
                                "执行出错：" + reason(root) + involved(match))));
    }

    /** What went wrong, in words rather than Java's class names. */
    private static String reason(Throwable cause) {
        String message = cause.getMessage() == null ? "" : "（" + cause.getMessage() + "）";
        if (cause instanceof StackOverflowError) {
            return "递归过深（栈溢出），疑似规则反复调用自身";
        }
        if (cause instanceof ArithmeticException) {
            return "算术错误，如除以零" + message;
        }
        if (cause instanceof NullPointerException) {
            return "使用了空值" + message;
        }
        if (cause instanceof ClassCastException) {
            return "类型不符" + message;
        }
        if (cause instanceof IndexOutOfBoundsException) {
            return "下标越界" + message;
        }
        return "抛出异常" + (message.isEmpty() ? "" : "：" + cause.getMessage());
    }

    private Problem problem(String rule, String what) {
        String task =
                rules.rules().stream()
                        .filter(r -> r.name().equals(rule))
                        .findFirst()
                        .map(r -> "（任务 " + r.task() + "）")
                        .orElse("");
        return Problem.inText(rules.fileOf(rule), 0, 0, "规则 \"" + rule + "\"" + task + " " + what);
    }

    private static String involved(Match match) {
        return "；涉及事实 "
                + match.getObjects().stream()
                        .map(
                                o ->
                                        o instanceof Evidence evidence
                                                ? evidence.id()
                                                : String.valueOf(o))
                        .toList();
    }

    private static Firing describe(Match match) {
        List<String> ids =
                match.getObjects().stream()
                        .filter(o -> o instanceof Evidence)
                        .map(o -> ((Evidence) o).id())
                        .toList();
        Map<String, String> values = new LinkedHashMap<>();
        for (String declaration : match.getDeclarationIds()) {
            values.put(declaration, summarise(match.getDeclarationValue(declaration)));
        }
        return new Firing(match.getRule().getName(), ids, values);
    }

    private static String summarise(Object value) {
        if (value instanceof Evidence evidence) {
            return evidence.id();
        }
        if (value instanceof Collection<?> list) {
            // Text names records, issues and plain values alike.
            return list.size() + " 项" + (list.isEmpty() ? "" : "：" + Text.ids(list));
        }
        return String.valueOf(value);
    }

    private boolean declaresGlobal(String name) {
        return rules.kieBase().getKiePackages().stream()
                .map(KiePackage::getGlobalVariables)
                .flatMap(Collection::stream)
                .anyMatch(g -> g.getName().equals(name));
    }
}
