package cn.zwgk.audit.engine;

import cn.zwgk.audit.calendar.WorkCalendar;
import cn.zwgk.audit.verdict.Verdict;
import java.util.Collection;
import java.util.List;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

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

    private final RuleBase rules;

    public RuleSession(RuleBase rules) {
        this.rules = rules;
    }

    /** Inserts the facts, fires every rule, and returns the verdicts the rules inserted. */
    public List<Verdict> run(Collection<?> facts, WorkCalendar calendar) throws RuleException {
        KieSession session = rules.kieBase().newKieSession();
        try {
            if (declaresGlobal(CALENDAR_GLOBAL)) {
                session.setGlobal(CALENDAR_GLOBAL, calendar);
            }
            facts.forEach(session::insert);
            int limit = Math.max(MIN_FIRINGS, FIRINGS_PER_FACT * facts.size());
            int fired = session.fireAllRules(limit);
            if (fired >= limit) {
                throw new RuleException(List.of(new RuleProblem(null, 0, 0, "规则触发次数达到上限 " + limit
                        + "，疑似规则反复修改事实而循环；已停止")));
            }
            return session.getObjects(o -> o instanceof Verdict).stream().map(Verdict.class::cast).toList();
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String rule = e.getMatch() == null ? "?" : e.getMatch().getRule().getName();
            throw new RuleException(List.of(new RuleProblem(rules.fileOf(rule), 0, 0, "规则 \"" + rule + "\" 执行出错："
                    + cause + (e.getMatch() == null ? "" : "；涉及事实 " + e.getMatch().getObjects()))));
        } finally {
            session.dispose();
        }
    }

    private boolean declaresGlobal(String name) {
        return rules.kieBase().getKiePackages().stream()
                .map(KiePackage::getGlobalVariables)
                .flatMap(Collection::stream)
                .anyMatch(g -> g.getName().equals(name));
    }
}
