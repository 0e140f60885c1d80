package cn.zwgk.audit.engine;

import java.util.List;
import java.util.Map;

/**
 * One {@code .drl} file compiled on its own, in the form kept in this process and on disk. Nothing
 * in it depends on where the file lies: the same content compiles to the same entry wherever it is.
 *
 * @param digest SHA-256 of the file's content, the entry's key (with the build)
 * @param packageName the DRL package of the file's rules; "" when it has none
 * @param rules its rules, each with the task it decides and where it is declared
 * @param types the classes of the types the file {@code declare}s, by resource name: they must be
 *     known before the packages can be read back (see {@link RuleBase})
 * @param packages the Drools packages, serialised
 */
record CompiledRuleFile(
        String digest,
        String packageName,
        List<Rule> rules,
        Map<String, byte[]> types,
        byte[] packages) {

    /** A rule of the file: its name, its {@code @task(N)} and where it starts (1-based). */
    record Rule(String name, int task, int line, int column) {}

    /** What {@code zwgk test N} needs to pick files, without the packages. */
    record Summary(String packageName, List<Rule> rules) {}

    Summary summary() {
        return new Summary(packageName, rules);
    }
}
