package cn.zwgk.audit.engine;

import cn.zwgk.audit.catalog.Catalog;
import cn.zwgk.audit.verdict.Verdicts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.drl.parser.ParserError;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.io.ResourceFactory;

/**
 * The compiled rules: every {@code .drl} under the rules folder, built at run time so auditors can
 * edit them without rebuilding the tool. Refuses to build, with every problem located, when a file
 * does not compile, a rule lacks {@code @task(N)}, names a task the catalog lacks, shares its name
 * with another rule, or reads the wall clock (the audit date is an input; see {@link
 * #CLOCK_READS}).
 */
public final class RuleBase {
    /**
     * Ways DRL could read the wall clock, the environment or the file system, which would make
     * audits unrepeatable; a best-effort textual check, not a sandbox (rule files are trusted
     * code).
     */
    static final Pattern CLOCK_READS =
            Pattern.compile(
                    "\\b(?:LocalDate|LocalDateTime|LocalTime|OffsetDateTime|ZonedDateTime|Instant|Year|YearMonth)\\s*\\.\\s*now\\s*\\("
                        + "|\\bSystem\\s*\\.\\s*(?:currentTimeMillis|nanoTime|getenv|getProperty)\\s*\\("
                        + "|\\bnew\\s+(?:java\\.util\\.)?Date\\s*\\(\\s*\\)"
                        + "|\\bCalendar\\s*\\.\\s*getInstance\\s*\\("
                            // The file system (best effort): evidence comes only through the
                            // loader.
                            + "|\\bjava\\s*\\.\\s*io\\s*\\.\\s*File\\w*\\b|\\bnew\\s+File\\w*\\s*\\("
                            + "|\\b(?:java\\s*\\.\\s*nio\\s*\\.\\s*file\\s*\\.\\s*)?Files\\s*\\.\\s*\\w+\\s*\\("
                            + "|\\bPaths\\s*\\.\\s*get\\s*\\(|\\bPath\\s*\\.\\s*of\\s*\\(");

    private final KieBase kieBase;
    private final List<RuleInfo> rules;

    private RuleBase(KieBase kieBase, List<RuleInfo> rules) {
        this.kieBase = kieBase;
        this.rules = rules;
    }

    /** A rule as the audit sees it: name, the task it decides, and the file it lives in. */
    public record RuleInfo(String name, int task, Path file) {}

    public static RuleBase compile(Path rulesFolder, Catalog catalog) throws RuleException {
        List<Path> files = drlFiles(rulesFolder);
        List<RuleProblem> problems = new ArrayList<>();
        if (files.isEmpty()) {
            problems.add(new RuleProblem(rulesFolder, 0, 0, "规则目录中没有 .drl 文件"));
        }
        Map<String, Path> fileBySource = new HashMap<>();
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = builder.batch();
        for (Path file : files) {
            lintClockReads(file, problems);
            fileBySource.put(file.toString(), file);
            batch.add(
                    ResourceFactory.newFileResource(file.toFile()).setSourcePath(file.toString()),
                    ResourceType.DRL);
        }
        batch.build();
        if (builder.hasErrors()) {
            for (KnowledgeBuilderResult error : builder.getErrors()) {
                // Drools adds this after any parse error of a file; the parse error itself says
                // more.
                if (!error.getMessage().contains("Parser returned a null Package")) {
                    problems.add(locate(error, fileBySource));
                }
            }
            throw new RuleException(problems);
        }
        List<RuleInfo> rules =
                describeRules(builder.getKnowledgePackages(), fileBySource, catalog, problems);
        if (!problems.isEmpty()) {
            throw new RuleException(problems);
        }
        return new RuleBase(builder.newKieBase(), rules);
    }

    /** A rule base from packages compiled earlier (see {@link RuleBaseCache}) and their rules. */
    static RuleBase of(Collection<KiePackage> packages, List<RuleInfo> rules) {
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(packages);
        return new RuleBase(kieBase, List.copyOf(rules));
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public List<RuleInfo> rules() {
        return rules;
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
            throw new RuleException(List.of(new RuleProblem(folder, 0, 0, "规则目录不存在或不是目录")));
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new RuleException(
                    List.of(new RuleProblem(folder, 0, 0, "无法读取规则目录：" + e.getMessage())));
        }
    }

    private static void lintClockReads(Path file, List<RuleProblem> problems) throws RuleException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleException(
                    List.of(new RuleProblem(file, 0, 0, "无法读取规则文件：" + e.getMessage())));
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = CLOCK_READS.matcher(lines.get(i));
            if (m.find() && !lines.get(i).trim().startsWith("//")) {
                problems.add(
                        new RuleProblem(
                                file,
                                i + 1,
                                m.start() + 1,
                                "规则不得读取系统时钟、环境或文件系统（"
                                        + m.group().replaceAll("\\s*\\($", "").trim()
                                        + "）：审计日期由 --as-of 给定，请使用 TaskWindow 的 asOf/cutoff"));
            }
        }
    }

    private static RuleProblem locate(
            KnowledgeBuilderResult error, Map<String, Path> fileBySource) {
        Path file =
                error.getResource() == null
                        ? null
                        : fileBySource.get(error.getResource().getSourcePath());
        String message = error.getMessage().strip();
        if (error instanceof ParserError parserError) {
            return new RuleProblem(file, parserError.getRow(), parserError.getCol() + 1, message);
        }
        int line =
                error.getLines() != null && error.getLines().length > 0
                        ? Math.max(error.getLines()[0], 0)
                        : 0;
        int[] found = file == null ? null : DrlText.find(file, message, line);
        return found == null
                ? new RuleProblem(file, line, 0, message)
                : new RuleProblem(file, found[0], found[1], message);
    }

    private static List<RuleInfo> describeRules(
            Iterable<KiePackage> packages,
            Map<String, Path> fileBySource,
            Catalog catalog,
            List<RuleProblem> problems) {
        List<RuleInfo> rules = new ArrayList<>();
        Map<String, RuleInfo> byName = new HashMap<>();
        for (KiePackage pkg : packages) {
            for (Rule rule : pkg.getRules()) {
                Path file = DrlText.fileOf(rule, fileBySource);
                int[] at = file == null ? null : DrlText.findRule(file, rule.getName());
                int line = at == null ? 0 : at[0];
                int column = at == null ? 0 : at[1];
                Integer task = null;
                try {
                    task = Verdicts.taskOf(rule);
                } catch (IllegalStateException missing) {
                    problems.add(new RuleProblem(file, line, column, missing.getMessage()));
                } catch (NumberFormatException notNumber) {
                    problems.add(
                            new RuleProblem(
                                    file,
                                    line,
                                    column,
                                    "规则 \""
                                            + rule.getName()
                                            + "\" 的 @task 应为任务序号，实为 "
                                            + rule.getMetaData().get("task")));
                }
                if (task != null && catalog.task(task).isEmpty()) {
                    problems.add(
                            new RuleProblem(
                                    file,
                                    line,
                                    column,
                                    "规则 \"" + rule.getName() + "\" 的 @task(" + task + ") 不在任务目录中"));
                }
                RuleInfo info = new RuleInfo(rule.getName(), task == null ? 0 : task, file);
                RuleInfo twin = byName.putIfAbsent(rule.getName(), info);
                if (twin != null) {
                    problems.add(
                            new RuleProblem(
                                    file,
                                    line,
                                    column,
                                    "规则名 \"" + rule.getName() + "\" 与 " + twin.file() + " 中的规则重名"));
                }
                rules.add(info);
            }
        }
        rules.sort(java.util.Comparator.comparingInt(RuleInfo::task).thenComparing(RuleInfo::name));
        return List.copyOf(rules);
    }
}
