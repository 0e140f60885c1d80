package cn.zwgk.audit.engine;

import cn.zwgk.audit.calendar.WorkCalendar;
import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.verdict.Exceptions;
import cn.zwgk.audit.verdict.Excused;
import cn.zwgk.audit.verdict.Text;
import cn.zwgk.audit.verdict.Verdict;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.event.rule.AfterMatchFiredEvent;
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

    /** As {@link #run(Collection, WorkCalendar, Exceptions)} with no waivers. */
    public Result run(Collection<?> facts, WorkCalendar calendar) throws RuleException {
        return run(facts, calendar, Exceptions.NONE);
    }

    /**
     * Inserts the facts, fires every rule, and returns the verdicts the rules inserted; {@code
     * exceptions} reach the rules' problem helpers through the session's environment.
     */
    public Result run(Collection<?> facts, WorkCalendar calendar, Exceptions exceptions)
            throws RuleException {
        Environment environment = KieServices.get().newEnvironment();
        environment.set(Exceptions.KEY, exceptions);
        KieSession session = rules.kieBase().newKieSession(null, environment);
        List<Firing> firings = new ArrayList<>();
        try {
            if (traced) {
                session.addEventListener(
                        new DefaultAgendaEventListener() {
                            @Override
                            public void afterMatchFired(AfterMatchFiredEvent event) {
                                firings.add(describe(event.getMatch()));
                            }
                        });
            }
            if (declaresGlobal(CALENDAR_GLOBAL)) {
                session.setGlobal(CALENDAR_GLOBAL, calendar);
            }
            facts.forEach(session::insert);
            int limit = firingLimit(facts.size());
            int fired = session.fireAllRules(limit);
            if (fired >= limit) {
                throw new RuleException(
                        List.of(
                                new RuleProblem(
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
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String rule = e.getMatch() == null ? "?" : e.getMatch().getRule().getName();
            String task =
                    rules.rules().stream()
                            .filter(r -> r.name().equals(rule))
                            .findFirst()
                            .map(r -> "（任务 " + r.task() + "）")
                            .orElse("");
            String involved =
                    e.getMatch() == null
                            ? ""
                            : "；涉及事实 "
                                    + e.getMatch().getObjects().stream()
                                            .map(
                                                    o ->
                                                            o instanceof Evidence evidence
                                                                    ? evidence.id()
                                                                    : String.valueOf(o))
                                            .toList();
            throw new RuleException(
                    List.of(
                            new RuleProblem(
                                    rules.fileOf(rule),
                                    0,
                                    0,
                                    "规则 \""
                                            + rule
                                            + "\""
                                            + task
                                            + " 执行出错："
                                            + cause.getClass().getSimpleName()
                                            + (cause.getMessage() == null
                                                    ? ""
                                                    : "：" + cause.getMessage())
                                            + involved)));
        } finally {
            session.dispose();
        }
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
