package cn.zwgk.audit.ruletest;

import cn.zwgk.audit.AuditRules;
import cn.zwgk.audit.Auditor;
import cn.zwgk.audit.evidence.EvidenceLoader;
import cn.zwgk.audit.evidence.EvidenceSet;
import cn.zwgk.audit.evidence.Json;
import cn.zwgk.audit.problem.CatalogException;
import cn.zwgk.audit.problem.EvidenceException;
import cn.zwgk.audit.problem.RuleException;
import cn.zwgk.audit.report.AuditReport;
import cn.zwgk.audit.report.AuditReport.TaskResult;
import cn.zwgk.audit.report.AuditReport.UnitResult;
import cn.zwgk.audit.verdict.State;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs the rule test cases that live in {@code rules/tests/}: each case's snippet becomes a real
 * evidence folder (shared profile plus one file per kind) and goes through the whole audit, so a
 * case tests exactly what a user's run would do.
 */
public final class RuleCases {
    public static final String FOLDER = "tests";
    public static final String PROFILE_FILE = "profile.json";
    static final String SCHEMA = "zwgk-rule-cases/1";

    private final ObjectMapper mapper = Json.strictMapper();
    private final Path rulesFolder;

    public RuleCases(Path rulesFolder) {
        this.rulesFolder = rulesFolder;
    }

    /** Every case file, in file-name order. */
    public List<RuleCaseFile> load() throws IOException {
        Path folder = rulesFolder.resolve(FOLDER);
        List<RuleCaseFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file :
                    list.filter(p -> p.toString().endsWith(".json"))
                            .filter(p -> !p.getFileName().toString().equals(PROFILE_FILE))
                            .sorted(Comparator.comparing(Path::toString))
                            .toList()) {
                files.add(read(file));
            }
        }
        return files;
    }

    private RuleCaseFile read(Path file) throws IOException {
        ObjectNode root = (ObjectNode) mapper.readTree(file.toFile());
        if (!SCHEMA.equals(root.path("schema").asText())) {
            throw new IOException(file + ": schema 应为 \"" + SCHEMA + "\"");
        }
        int task = root.path("task").asInt();
        if (task <= 0) {
            throw new IOException(file + ": 缺少 task（被测任务的序号）");
        }
        List<RuleCase> cases = new ArrayList<>();
        for (var node : root.withArray("cases")) {
            cases.add(mapper.treeToValue(node, RuleCase.class));
        }
        return new RuleCaseFile(file, task, cases);
    }

    /**
     * Runs the cases a filter selects (see {@link #selects}), with only the rule files that decide
     * their tasks: one task's cases need one rule file compiled or read back, not all of them.
     *
     * @param filter a task number, or text the case file's name or the case's name contains; null
     *     or blank for every case
     * @param each told of each result as soon as its case has run
     */
    public List<CaseResult> run(String filter, Consumer<CaseResult> each)
            throws IOException, CatalogException, RuleException {
        // A task number names the one rule file needed: read it back while the cases are read.
        AuditRules.Pending numbered =
                filter != null && !filter.isBlank() && filter.chars().allMatch(Character::isDigit)
                        ? AuditRules.loadForInBackground(
                                rulesFolder, Set.of(Integer.parseInt(filter)))
                        : null;
        List<RuleCaseFile> files = load();
        Set<Integer> tasks = new TreeSet<>();
        List<Map.Entry<RuleCaseFile, RuleCase>> selected = new ArrayList<>();
        for (RuleCaseFile file : files) {
            for (RuleCase c : file.cases()) {
                if (selects(filter, file, c)) {
                    tasks.add(file.task());
                    selected.add(Map.entry(file, c));
                }
            }
        }
        if (selected.isEmpty()) {
            return List.of();
        }
        // Cases are independent audits, run side by side and reported in order. Their evidence is
        // written and read while the rules load: compiling an edited file takes a second.
        ExecutorService pool =
                Executors.newFixedThreadPool(
                        Math.min(selected.size(), Runtime.getRuntime().availableProcessors()),
                        r -> {
                            Thread t = new Thread(r, "zwgk-case");
                            t.setDaemon(true);
                            return t;
                        });
        List<Future<Prepared>> prepared = new ArrayList<>();
        List<Future<CaseResult>> running = new ArrayList<>();
        try {
            for (Map.Entry<RuleCaseFile, RuleCase> c : selected) {
                prepared.add(pool.submit(() -> prepare(c.getKey(), c.getValue())));
            }
            Auditor auditor =
                    new Auditor(
                            numbered != null
                                    ? numbered.get()
                                    : AuditRules.loadFor(rulesFolder, tasks));
            for (Future<Prepared> p : prepared) {
                running.add(pool.submit(() -> judge(auditor, p.get())));
            }
            List<CaseResult> results = new ArrayList<>();
            for (Future<CaseResult> result : running) {
                results.add(result.get());
                each.accept(results.get(results.size() - 1));
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("规则用例的运行被中断", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("运行规则用例时出错", e.getCause());
        } finally {
            pool.shutdownNow();
            if (running.isEmpty()) {
                // The rules failed: the cases prepared for them are never judged.
                prepared.stream()
                        .filter(f -> f.isDone() && !f.isCancelled())
                        .forEach(
                                f -> {
                                    try {
                                        deleteQuietly(f.get().folder());
                                    } catch (InterruptedException | ExecutionException gone) {
                                        // Its folder was never made or is already gone.
                                    }
                                });
            }
        }
    }

    /**
     * Whether {@code filter} selects a case: a number selects the cases of that task (not those
     * whose names mention a "14日"); other text, the cases whose file or name contains it.
     */
    static boolean selects(String filter, RuleCaseFile file, RuleCase c) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        if (filter.chars().allMatch(Character::isDigit)) {
            return filter.equals(String.valueOf(file.task()));
        }
        return file.file().getFileName().toString().contains(filter) || c.name().contains(filter);
    }

    /** Runs one case with an auditor built from the same rules folder. */
    public CaseResult run(Auditor auditor, RuleCaseFile file, RuleCase c) {
        return judge(auditor, prepare(file, c));
    }

    /**
     * A case's evidence, written to a folder of its own and read (or the problems reading found),
     * waiting for the rules; the folder goes once the case is judged.
     */
    private record Prepared(
            RuleCaseFile file,
            RuleCase c,
            Path folder,
            EvidenceSet evidence,
            EvidenceException problems) {}

    private Prepared prepare(RuleCaseFile file, RuleCase c) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("zwgk-case");
            writeEvidence(folder, c);
            return new Prepared(file, c, folder, new EvidenceLoader().load(folder), null);
        } catch (EvidenceException e) {
            return new Prepared(file, c, folder, null, e);
        } catch (IOException e) {
            deleteQuietly(folder);
            throw new UncheckedIOException(e);
        }
    }

    private CaseResult judge(Auditor auditor, Prepared p) {
        String name = p.file().file().getFileName().toString();
        try {
            if (p.problems() != null) {
                throw p.problems();
            }
            AuditReport report = auditor.audit(p.evidence(), p.c().asOf());
            TaskResult task =
                    report.tasks().stream()
                            .filter(t -> t.number() == p.file().task())
                            .findFirst()
                            .orElseThrow();
            return new CaseResult(
                    name,
                    p.file().task(),
                    p.c().name(),
                    compare(p.c().expect(), task),
                    task.explanation());
        } catch (EvidenceException e) {
            return new CaseResult(
                    name,
                    p.file().task(),
                    p.c().name(),
                    List.of("用例证据有误：" + e.getMessage().replace(String.valueOf(p.folder()), "<用例>")),
                    "");
        } catch (RuleException e) {
            return new CaseResult(
                    name, p.file().task(), p.c().name(), List.of("规则出错：" + e.getMessage()), "");
        } finally {
            deleteQuietly(p.folder());
        }
    }

    private void writeEvidence(Path folder, RuleCase c) throws IOException {
        ObjectNode profile =
                (ObjectNode)
                        mapper.readTree(rulesFolder.resolve(FOLDER).resolve(PROFILE_FILE).toFile());
        if (c.profile() != null) {
            profile.setAll(c.profile());
        }
        mapper.writeValue(folder.resolve(EvidenceLoader.PROFILE_FILE).toFile(), profile);
        for (Map.Entry<String, List<ObjectNode>> kind :
                (c.evidence() == null ? Map.<String, List<ObjectNode>>of() : c.evidence())
                        .entrySet()) {
            ObjectNode file = mapper.createObjectNode();
            file.put("schema", EvidenceLoader.EVIDENCE_SCHEMA);
            file.put("kind", kind.getKey());
            file.putArray("records").addAll(kind.getValue());
            mapper.writeValue(folder.resolve(kind.getKey() + ".json").toFile(), file);
        }
    }

    private static List<String> compare(RuleCase.Expectation expect, TaskResult actual) {
        List<String> differences = new ArrayList<>();
        if (expect.state() != null && expect.state() != actual.state()) {
            differences.add("任务状态：期望 " + expect.state() + "，实为 " + actual.state());
        }
        expect.units()
                .forEach(
                        (unit, state) -> {
                            State got =
                                    actual.units().stream()
                                            .filter(u -> u.unit().equals(unit))
                                            .map(UnitResult::state)
                                            .findFirst()
                                            .orElse(null);
                            if (got != state) {
                                differences.add(
                                        unit
                                                + "：期望 "
                                                + state
                                                + "，实为 "
                                                + (got == null ? "（非责任单位）" : got));
                            }
                        });
        for (String fragment : expect.explanationContains()) {
            if (!actual.explanation().contains(fragment)) {
                differences.add("说明中应含“" + fragment + "”");
            }
        }
        return differences;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temp folder is harmless; the result of the case is what matters.
        }
    }
}
