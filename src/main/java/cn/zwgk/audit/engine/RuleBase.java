package cn.zwgk.audit.engine;

import cn.zwgk.audit.catalog.Catalog;
import cn.zwgk.audit.problem.Problem;
import cn.zwgk.audit.problem.RuleException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * The compiled rules: the {@code .drl} files under the rules folder, built at run time so auditors
 * can edit them without rebuilding the tool. Each file is compiled on its own and kept by content
 * ({@link RuleFiles}), so an edit recompiles only the edited file; the Drools rule base is
 * assembled from the files' packages when first needed. Refuses to build, with every problem
 * located, when a file does not compile or reads the wall clock, a rule lacks {@code @task(N)},
 * names a task the catalog lacks or shares its name with another rule, or two files declare one
 * package.
 */
public final class RuleBase {
    private final List<RuleFiles.Loaded> files;
    private final RuleFiles compiler;
    private final List<RuleInfo> rules;
    private InternalKnowledgeBase kieBase;

    /** The class loader {@link #kieBase} was assembled with; it holds the declared types. */
    private ProjectClassLoader loader;

    /** An earlier version of these rules whose assembled rule base this one may take over. */
    private RuleBase predecessor;

    private RuleBase(List<RuleFiles.Loaded> files, RuleFiles compiler, List<RuleInfo> rules) {
        this.files = files;
        this.compiler = compiler;
        this.rules = rules;
    }

    /** A rule as the audit sees it: name, the task it decides, and the file it lives in. */
    public record RuleInfo(String name, int task, Path file) {}

    /** Every rule file of the folder, compiled without a disk cache. */
    public static RuleBase compile(Path rulesFolder, Catalog catalog) throws RuleException {
        return load(rulesFolder, catalog, Optional.empty(), null);
    }

    /**
     * The rule files of the folder, each from this process, the disk cache or the compiler.
     *
     * @param tasks when not null, only the files with a rule deciding one of these tasks (found
     *     from each file's cached summary, compiling a file only when it has none); {@code zwgk
     *     test 14} needs no other file
     */
    public static RuleBase load(
            Path rulesFolder, Catalog catalog, Optional<RuleBaseCache> disk, Set<Integer> tasks)
            throws RuleException {
        List<Problem> problems = new ArrayList<>();
        List<RuleFiles.Source> sources = new ArrayList<>();
        for (Path file : drlFiles(rulesFolder)) {
            try {
                sources.add(RuleFiles.Source.read(file));
            } catch (RuleException e) {
                problems.addAll(e.problems());
            }
        }
        if (sources.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.inText(rulesFolder, 0, 0, "规则目录中没有 .drl 文件"));
        }
        RuleFiles compiler = new RuleFiles(disk);
        List<RuleFiles.Source> chosen = tasks == null ? sources : new ArrayList<>();
        if (tasks != null) {
            for (RuleFiles.Source source : sources) {
                try {
                    if (compiler.summary(source).rules().stream()
                            .anyMatch(r -> tasks.contains(r.task()))) {
                        chosen.add(source);
                    }
                } catch (RuleException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        List<RuleFiles.Loaded> files = compiler.compiled(chosen, problems);
        List<RuleInfo> rules = checkAcrossFiles(files, catalog, problems);
        if (!problems.isEmpty()) {
            throw new RuleException(problems);
        }
        return new RuleBase(files, compiler, rules);
    }

    /**
     * These rules, to be assembled by updating {@code earlier}'s Drools rule base: only the files
     * that changed are taken out and put in again, instead of reading every file back (about a
     * second). For a resident run that audits after each edit; {@code earlier} gives its rule base
     * up and assembles a new one if it is ever used again.
     */
    public RuleBase succeeding(RuleBase earlier) {
        predecessor = earlier;
        return this;
    }

    /**
     * Compiles one rule file of the folder and throws the result away, so that a resident run's
     * first edit does not also pay for loading and warming up the compiler (seconds). Any problem
     * is left for the real compile to report.
     */
    public static void warmUpCompiler(Path rulesFolder) {
        try {
            List<Path> files = drlFiles(rulesFolder);
            if (!files.isEmpty()) {
                RuleFiles.Source source = RuleFiles.Source.read(files.get(0));
                RuleFileCompiler.compile(source.file(), source.content(), source.digest());
            }
        } catch (RuleException | RuntimeException ignored) {
            // Only time was to be saved.
        }
    }

    /**
     * The Drools rule base, assembled on first use from the files' packages: checking the rules
     * needs none of it, and an audit assembles it while its evidence is read.
     */
    public synchronized KieBase kieBase() {
        if (kieBase == null && predecessor != null) {
            takeOver(predecessor);
            predecessor = null;
        }
        if (kieBase == null) {
            assemble();
        }
        return kieBase;
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    /**
     * The rule files this load had to compile, found neither in this process nor in the disk cache:
     * after an edit, only the edited ones.
     */
    public List<Path> compiledFiles() {
        return files.stream()
                .filter(RuleFiles.Loaded::compiledNow)
                .map(f -> f.source().file())
                .toList();
    }

    /** Every rule file this rule base was built from. */
    public List<Path> files() {
        return files.stream().map(f -> f.source().file()).toList();
    }

    /** The file a rule was read from, or null for a name no rule has. */
    public Path fileOf(String ruleName) {
        return rules.stream()
                .filter(r -> r.name().equals(ruleName))
                .map(RuleInfo::file)
                .findFirst()
                .orElse(null);
    }

    private static List<Path> drlFiles(Path folder) throws RuleException {
        if (!Files.isDirectory(folder)) {
            throw new RuleException(List.of(Problem.inText(folder, 0, 0, "规则目录不存在或不是目录")));
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new RuleException(
                    List.of(Problem.inText(folder, 0, 0, "无法读取规则目录：" + e.getMessage())));
        }
    }

    /** What no single file can know: names, packages and the catalog's tasks. */
    private static List<RuleInfo> checkAcrossFiles(
            List<RuleFiles.Loaded> files, Catalog catalog, List<Problem> problems) {
        List<RuleInfo> rules = new ArrayList<>();
        Map<String, Path> ruleFiles = new HashMap<>();
        Map<String, Path> packageFiles = new HashMap<>();
        for (RuleFiles.Loaded loaded : files) {
            Path file = loaded.source().file();
            String pkg = loaded.compiled().packageName();
            Path twinPackage = pkg.isEmpty() ? null : packageFiles.putIfAbsent(pkg, file);
            if (twinPackage != null) {
                problems.add(
                        Problem.inText(
                                file,
                                1,
                                1,
                                "package "
                                        + pkg
                                        + " 已在 "
                                        + twinPackage
                                        + " 中声明：每个规则文件须有自己的 package（如 zwgk.rules.t14）"));
            }
            for (CompiledRuleFile.Rule rule : loaded.compiled().rules()) {
                if (rule.task() != 0 && catalog.task(rule.task()).isEmpty()) {
                    problems.add(
                            Problem.inText(
                                    file,
                                    rule.line(),
                                    rule.column(),
                                    "规则 \""
                                            + rule.name()
                                            + "\" 的 @task("
                                            + rule.task()
                                            + ") 不在任务目录中"));
                }
                Path twin = ruleFiles.putIfAbsent(rule.name(), file);
                if (twin != null) {
                    problems.add(
                            Problem.inText(
                                    file,
                                    rule.line(),
                                    rule.column(),
                                    "规则名 \"" + rule.name() + "\" 与 " + twin + " 中的规则重名"));
                }
                rules.add(new RuleInfo(rule.name(), rule.task(), file));
            }
        }
        rules.sort(Comparator.comparingInt(RuleInfo::task).thenComparing(RuleInfo::name));
        return List.copyOf(rules);
    }

    /**
     * One rule base from every file's packages. The types the files declare are given to the rule
     * base's class loader first: reading a package back resolves them before anything else.
     */
    private void assemble() {
        Map<String, byte[]> types = new HashMap<>();
        files.forEach(f -> types.putAll(f.compiled().types()));
        loader =
                ProjectClassLoader.createProjectClassLoader(RuleBase.class.getClassLoader(), types);
        List<KiePackage> packages = new ArrayList<>();
        for (RuleFiles.Loaded loaded : files) {
            packages.addAll(packagesOf(loaded, loader));
        }
        kieBase =
                KnowledgeBaseFactory.newKnowledgeBase(
                        RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
        kieBase.addPackages(packages);
    }

    /**
     * Takes over an earlier version's assembled rule base, taking out the packages of the files
     * that changed or went and putting in those of the files that changed or came. Left to {@link
     * #assemble} when the earlier one has none, or a changed file declares a type differently (a
     * class loader cannot define a class twice).
     */
    private void takeOver(RuleBase earlier) {
        List<RuleFiles.Loaded> gone;
        List<RuleFiles.Loaded> come;
        synchronized (earlier) {
            if (earlier.kieBase == null) {
                return;
            }
            gone = notIn(earlier.files, files);
            come = notIn(files, earlier.files);
            if (!replaceable(gone, come, earlier.loader.getStore())) {
                return;
            }
            kieBase = earlier.kieBase;
            loader = earlier.loader;
            earlier.kieBase = null;
            earlier.loader = null;
        }
        come.forEach(
                f ->
                        f.compiled()
                                .types()
                                .forEach(
                                        (resource, bytes) ->
                                                loader.storeClass(
                                                        className(resource), resource, bytes)));
        gone.forEach(f -> kieBase.removeKiePackage(f.compiled().packageName()));
        List<KiePackage> packages = new ArrayList<>();
        come.forEach(f -> packages.addAll(packagesOf(f, loader)));
        kieBase.addPackages(packages);
    }

    /** The files of {@code these} that {@code those} lacks or holds with other content. */
    private static List<RuleFiles.Loaded> notIn(
            List<RuleFiles.Loaded> these, List<RuleFiles.Loaded> those) {
        Set<String> kept =
                those.stream()
                        .map(f -> f.source().file() + "#" + f.source().digest())
                        .collect(Collectors.toSet());
        return these.stream()
                .filter(f -> !kept.contains(f.source().file() + "#" + f.source().digest()))
                .toList();
    }

    /**
     * Whether the changed files' packages can be swapped in place: each has a package of its own,
     * and every type they declare is new to the class loader or the same class as before.
     */
    private static boolean replaceable(
            List<RuleFiles.Loaded> gone, List<RuleFiles.Loaded> come, Map<String, byte[]> known) {
        return Stream.concat(gone.stream(), come.stream())
                        .noneMatch(f -> f.compiled().packageName().isEmpty())
                && come.stream()
                        .flatMap(f -> f.compiled().types().entrySet().stream())
                        .allMatch(
                                t ->
                                        known == null
                                                || !known.containsKey(t.getKey())
                                                || Arrays.equals(
                                                        known.get(t.getKey()), t.getValue()));
    }

    /** {@code a/b/C.class} → {@code a.b.C}. */
    private static String className(String resource) {
        return resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
    }

    private Collection<KiePackage> packagesOf(RuleFiles.Loaded loaded, ClassLoader loader) {
        try {
            return read(loaded.compiled().packages(), loader);
        } catch (IOException | ClassNotFoundException | RuntimeException unreadable) {
            // A damaged cache entry that still read as one: the same content compiles again.
            try {
                return read(compiler.recompiled(loaded.source()).packages(), loader);
            } catch (RuleException | IOException | ClassNotFoundException e) {
                throw new IllegalStateException("无法读取已编译的规则 " + loaded.source().file(), e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Collection<KiePackage> read(byte[] packages, ClassLoader loader)
            throws IOException, ClassNotFoundException {
        try (ObjectInputStream in =
                new DroolsObjectInputStream(new ByteArrayInputStream(packages), loader)) {
            return (Collection<KiePackage>) in.readObject();
        }
    }
}
