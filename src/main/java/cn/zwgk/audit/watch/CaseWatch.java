package cn.zwgk.audit.watch;

import cn.zwgk.audit.problem.CatalogException;
import cn.zwgk.audit.problem.RuleException;
import cn.zwgk.audit.ruletest.CaseResult;
import cn.zwgk.audit.ruletest.RuleCases;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code zwgk test --watch} below the command line: runs the rule cases once, then again whenever a
 * rule file, the catalog or a case file changes, and says which cases' results moved. Only edited
 * rule files are compiled again.
 */
public final class CaseWatch {
    /** What a watching test run tells whoever shows it. */
    public interface Listener {
        /** Files changed; a run follows. */
        void changed(Set<Path> files);

        /**
         * The cases ran.
         *
         * @param moved cases whose result differs from the last run's (new, gone, or passing where
         *     they failed and the other way round); null for the first run
         */
        void ran(List<CaseResult> results, List<Moved> moved, Duration took);

        /** The rules, catalog or case files had problems; nothing ran. */
        void failed(Exception problems, Duration took);
    }

    /**
     * A case whose result moved.
     *
     * @param before its last result; null when it is new
     * @param after its result now; null when it is gone
     */
    public record Moved(CaseResult before, CaseResult after) {}

    private final Path rules;
    private final String filter;
    private final Listener listener;
    private Map<String, CaseResult> last;

    /**
     * @param filter as for {@code zwgk test}: a task number or part of a file or case name; null
     *     for every case
     */
    public CaseWatch(Path rules, String filter, Listener listener) {
        this.rules = rules;
        this.filter = filter;
        this.listener = listener;
    }

    /** Runs the cases now, then after each batch of changes, until {@code changes} is closed. */
    public void run(ChangeSource changes) throws InterruptedException {
        Reruns.loop(rules, changes, listener::changed, this::runOnce);
    }

    private void runOnce() {
        long start = System.nanoTime();
        try {
            List<CaseResult> results = new RuleCases(rules).run(filter, r -> {});
            Map<String, CaseResult> now = new LinkedHashMap<>();
            results.forEach(r -> now.put(key(r), r));
            listener.ran(results, last == null ? null : moved(last, now), Reruns.since(start));
            last = now;
        } catch (RuleException | CatalogException | IOException e) {
            listener.failed(e, Reruns.since(start));
        }
    }

    private static List<Moved> moved(
            Map<String, CaseResult> before, Map<String, CaseResult> after) {
        List<Moved> moved = new ArrayList<>();
        after.forEach(
                (key, now) -> {
                    CaseResult was = before.get(key);
                    if (was == null
                            || was.passed() != now.passed()
                            || !Objects.equals(was.differences(), now.differences())) {
                        moved.add(new Moved(was, now));
                    }
                });
        before.forEach(
                (key, was) -> {
                    if (!after.containsKey(key)) {
                        moved.add(new Moved(was, null));
                    }
                });
        return moved;
    }

    private static String key(CaseResult result) {
        return result.file() + " › " + result.name();
    }
}
