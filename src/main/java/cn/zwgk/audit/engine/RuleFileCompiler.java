package cn.zwgk.audit.engine;

import cn.zwgk.audit.problem.Problem;
import cn.zwgk.audit.problem.RuleException;
import cn.zwgk.audit.verdict.Verdicts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.rule.TypeDeclaration;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.drl.parser.ParserError;
import org.drools.io.ByteArrayResource;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;

/**
 * Compiles one rule file on its own. Refuses, with every problem located, a file that does not
 * compile, whose rules lack {@code @task(N)}, or that reads the wall clock (the audit date is an
 * input; see {@link #CLOCK_READS}). What needs the other files (duplicate names, the catalog) is
 * checked when the rule base is assembled.
 */
final class RuleFileCompiler {
    /**
     * Ways DRL could read the wall clock, the environment, the file system or the network, start a
     * process or end this one, which would make audits unrepeatable or lose the report; matched on
     * the whole text without its comments, so a call split across lines or written as a method
     * reference is found too. A textual check backed by the run's own guards (see {@link
     * RuleSession}), not a full sandbox: rule files are code the bureau maintains.
     */
    static final Pattern CLOCK_READS =
            Pattern.compile(
                    "\\b(?:LocalDate|LocalDateTime|LocalTime|OffsetDateTime|ZonedDateTime|Instant|Year|YearMonth|MonthDay|OffsetTime)\\s*(?:\\.|::)\\s*now\\b"
                        + "|\\bSystem\\s*(?:\\.|::)\\s*(?:currentTimeMillis|nanoTime|getenv|getProperty|getProperties|exit|console|setOut|setErr)\\b"
                        + "|\\bnew\\s+(?:java\\s*\\.\\s*util\\s*\\.\\s*)?Date\\s*\\(\\s*\\)"
                        + "|\\b(?:Calendar|TimeZone)\\s*(?:\\.|::)\\s*getInstance\\b|\\bClock\\b"
                            // The file system and the network: evidence comes only through the
                            // loader.
                            + "|\\bjava\\s*\\.\\s*(?:io|net)\\s*\\.\\s*\\w+"
                            + "|\\bnew\\s+File\\w*\\s*\\("
                            + "|\\b(?:Files|FileSystems|Paths)\\s*(?:\\.|::)\\s*\\w+"
                            + "|\\bPath\\s*(?:\\.|::)\\s*of\\b"
                            + "|\\b(?:URL|URI|Socket|HttpClient|URLConnection)\\b"
                            // Processes, threads, reflection and the end of the process.
                            + "|\\b(?:Runtime|ProcessBuilder|ProcessHandle|Thread|ClassLoader)\\b"
                            + "|\\bClass\\s*\\.\\s*forName\\b|\\bjava\\s*\\.\\s*lang\\s*\\.\\s*reflect\\b");

    private RuleFileCompiler() {}

    /**
     * @param file where the content was read, for messages only
     * @param content the file's bytes (UTF-8), read once so that what is compiled is what was
     *     hashed
     * @param digest SHA-256 of {@code content}
     */
    static CompiledRuleFile compile(Path file, byte[] content, String digest) throws RuleException {
        String text = new String(content, StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        lintClockReads(file, text, problems);
        KnowledgeBuilderImpl builder =
                (KnowledgeBuilderImpl) KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(
                new ByteArrayResource(content, StandardCharsets.UTF_8.name())
                        .setSourcePath(file.toString()),
                ResourceType.DRL);
        if (builder.hasErrors()) {
            for (KnowledgeBuilderResult error : builder.getErrors()) {
                // Drools adds this after any parse error of a file; the parse error itself says
                // more.
                if (!error.getMessage().contains("Parser returned a null Package")) {
                    problems.add(locate(error, file, text));
                }
            }
            throw new RuleException(problems);
        }
        List<KiePackage> packages = List.copyOf(builder.getKnowledgePackages());
        List<CompiledRuleFile.Rule> rules = describeRules(packages, file, text, problems);
        if (!problems.isEmpty()) {
            throw new RuleException(problems);
        }
        // The package the file declares is its rules' package; Drools may add packages of its own
        // (for imported fact types), which files share.
        return new CompiledRuleFile(
                digest,
                packages.stream()
                        .filter(p -> !p.getRules().isEmpty())
                        .map(KiePackage::getName)
                        .findFirst()
                        .orElse(""),
                rules,
                declaredTypes(packages, builder),
                serialise(packages));
    }

    private static void lintClockReads(Path file, String text, List<Problem> problems) {
        String code = DrlText.withoutComments(text);
        Matcher m = CLOCK_READS.matcher(code);
        while (m.find()) {
            int[] at = DrlText.position(code, m.start());
            problems.add(
                    Problem.inText(
                            file,
                            at[0],
                            at[1],
                            "规则不得读取系统时钟、环境、文件系统或网络，不得启动进程、线程或结束程序（"
                                    + m.group().replaceAll("\\s+", "")
                                    + "）：审计日期由 --as-of 给定，请使用 TaskWindow 的"
                                    + " asOf/cutoff；证据只经证据目录读取"));
        }
    }

    private static Problem locate(KnowledgeBuilderResult error, Path file, String text) {
        String message = error.getMessage().strip();
        if (error instanceof ParserError parserError) {
            return Problem.inText(file, parserError.getRow(), parserError.getCol() + 1, message);
        }
        int line =
                error.getLines() != null && error.getLines().length > 0
                        ? Math.max(error.getLines()[0], 0)
                        : 0;
        int[] found = DrlText.find(text, message, line);
        return found == null
                ? Problem.inText(file, line, 0, message)
                : Problem.inText(file, found[0], found[1], message);
    }

    private static List<CompiledRuleFile.Rule> describeRules(
            List<KiePackage> packages, Path file, String text, List<Problem> problems) {
        List<CompiledRuleFile.Rule> rules = new ArrayList<>();
        for (KiePackage pkg : packages) {
            for (Rule rule : pkg.getRules()) {
                int[] at = DrlText.findRule(text, rule.getName());
                int line = at == null ? 0 : at[0];
                int column = at == null ? 0 : at[1];
                int task = 0;
                try {
                    task = Verdicts.taskOf(rule);
                } catch (IllegalStateException missing) {
                    problems.add(Problem.inText(file, line, column, missing.getMessage()));
                } catch (NumberFormatException notNumber) {
                    problems.add(
                            Problem.inText(
                                    file,
                                    line,
                                    column,
                                    "规则 \""
                                            + rule.getName()
                                            + "\" 的 @task 应为任务序号，实为 "
                                            + rule.getMetaData().get("task")));
                }
                rules.add(new CompiledRuleFile.Rule(rule.getName(), task, line, column));
            }
        }
        return List.copyOf(rules);
    }

    /**
     * The bytecode of the types the file declares. Reading a package back resolves them by name
     * before the package's own class store is read, so they travel beside it.
     */
    private static Map<String, byte[]> declaredTypes(
            List<KiePackage> packages, KnowledgeBuilderImpl builder) {
        Map<String, byte[]> store = ((ProjectClassLoader) builder.getRootClassLoader()).getStore();
        Map<String, byte[]> types = new LinkedHashMap<>();
        for (KiePackage pkg : packages) {
            for (TypeDeclaration type :
                    ((InternalKnowledgePackage) pkg).getTypeDeclarations().values()) {
                String resource = type.getTypeClassName().replace('.', '/') + ".class";
                if (store != null && store.containsKey(resource)) {
                    types.put(resource, store.get(resource));
                }
            }
        }
        return types;
    }

    private static byte[] serialise(List<KiePackage> packages) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(packages));
        } catch (IOException e) {
            throw new UncheckedIOException("compiled rules cannot be serialised", e);
        }
        return bytes.toByteArray();
    }
}
