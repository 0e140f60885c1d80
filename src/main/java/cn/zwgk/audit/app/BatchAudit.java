package cn.zwgk.audit.app;

import cn.zwgk.audit.AuditRules;
import cn.zwgk.audit.Auditor;
import cn.zwgk.audit.catalog.CatalogTask;
import cn.zwgk.audit.evidence.EvidenceException;
import cn.zwgk.audit.evidence.EvidenceLoader;
import cn.zwgk.audit.evidence.EvidenceSet;
import cn.zwgk.audit.report.AuditReport;
import cn.zwgk.audit.report.Renderer;
import cn.zwgk.audit.report.ReportWriter;
import cn.zwgk.audit.report.SafeText;
import cn.zwgk.audit.verdict.State;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Many organisations in one run ({@code zwgk audit --batch DIR}): every subfolder of DIR is one
 * organisation's evidence. One rule base serves all; each organisation gets its own session, on a
 * fixed pool of one thread per core. Each report is written as soon as it is done and only its
 * states are kept, so memory is bounded by the largest organisation times the number of threads,
 * not by the sum.
 */
public final class BatchAudit {
    public static final String ROLLUP_MD = "rollup.md";
    public static final String ROLLUP_CSV = "rollup.csv";

    /** What is kept of one organisation: its states per task, or why it failed. */
    public record Outcome(
            String folder,
            String organisation,
            Map<Integer, State> states,
            int records,
            String failure,
            boolean badEvidence) {
        public boolean failed() {
            return failure != null;
        }
    }

    private final AuditRules rules;
    private final List<Renderer> renderers;
    private final LocalDate asOf;
    private final Path outFolder;
    private final PrintWriter err;
    private final int threads;
    private final boolean progress;

    /**
     * @param err where bad evidence is reported and, when {@code progress}, each organisation done
     * @param progress whether to print a line per organisation done (when attached to a terminal)
     */
    public BatchAudit(
            AuditRules rules,
            List<Renderer> renderers,
            LocalDate asOf,
            Path outFolder,
            PrintWriter err,
            int threads,
            boolean progress) {
        this.rules = rules;
        this.renderers = renderers;
        this.asOf = asOf;
        this.outFolder = outFolder;
        this.err = err;
        this.threads = threads;
        this.progress = progress;
    }

    /** The organisation folders of {@code batch}: its subfolders, in name order. */
    public static List<Path> organisations(Path batch) throws IOException {
        try (Stream<Path> list = Files.list(batch)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** Audits every organisation; returns their outcomes in folder order. */
    public List<Outcome> run(List<Path> folders) throws InterruptedException {
        ExecutorService pool =
                Executors.newFixedThreadPool(Math.max(1, Math.min(threads, folders.size())));
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path folder : folders) {
                futures.add(
                        pool.submit(
                                () -> {
                                    Outcome outcome = auditOne(folder);
                                    int n = done.incrementAndGet();
                                    if (progress) {
                                        synchronized (err) {
                                            err.println(
                                                    "["
                                                            + n
                                                            + "/"
                                                            + folders.size()
                                                            + "] "
                                                            + folder.getFileName()
                                                            + (outcome.failed()
                                                                    ? " 失败"
                                                                    : " 完成（"
                                                                            + outcome.records()
                                                                            + " 条记录）"));
                                        }
                                    }
                                    return outcome;
                                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    outcomes.add(futures.get(i).get());
                } catch (java.util.concurrent.ExecutionException e) {
                    String name = folders.get(i).getFileName().toString();
                    synchronized (err) {
                        err.println(name + "：内部错误 " + e.getCause());
                    }
                    outcomes.add(new Outcome(name, "", Map.of(), 0, "内部错误：" + e.getCause(), false));
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome auditOne(Path folder) {
        String name = folder.getFileName().toString();
        try {
            EvidenceSet evidence = new EvidenceLoader().load(folder);
            AuditReport report = new Auditor(rules).audit(evidence, asOf);
            ReportWriter.write(report, renderers, outFolder.resolve(name));
            Map<Integer, State> states = new LinkedHashMap<>();
            report.tasks().forEach(t -> states.put(t.number(), t.state()));
            return new Outcome(
                    name, report.organisation(), states, evidence.records().size(), null, false);
        } catch (EvidenceException e) {
            StringBuilder text =
                    new StringBuilder(name + "：证据有误，未生成报告（共 " + e.problems().size() + " 处）：\n");
            e.problems().forEach(p -> text.append("  ").append(p).append('\n'));
            synchronized (err) {
                err.print(text);
                err.flush();
            }
            return new Outcome(name, "", Map.of(), 0, "证据有误（" + e.problems().size() + " 处）", true);
        } catch (Exception e) {
            synchronized (err) {
                err.println(name + "：审计失败：" + e);
            }
            return new Outcome(name, "", Map.of(), 0, "审计失败：" + e.getMessage(), false);
        }
    }

    /** Writes rollup.md and rollup.csv: organisations × tasks, the state of each. */
    public void writeRollup(List<Outcome> outcomes) throws IOException {
        List<Integer> tasks = rules.catalog().tasks().stream().map(CatalogTask::number).toList();
        StringBuilder md = new StringBuilder("# 批量审计汇总\n\n");
        md.append("组织 ")
                .append(outcomes.size())
                .append(" 个，失败 ")
                .append(outcomes.stream().filter(Outcome::failed).count())
                .append(" 个。\n\n");
        md.append("| 目录 | 组织 |");
        for (State s : State.values()) {
            md.append(' ').append(s.label()).append(" |");
        }
        for (int t : tasks) {
            md.append(' ').append(t).append(" |");
        }
        md.append("\n|---|---|");
        md.append("---:|".repeat(State.values().length))
                .append("---|".repeat(tasks.size()))
                .append('\n');
        StringBuilder csv = new StringBuilder("folder,organisation,status");
        for (int t : tasks) {
            csv.append(",task").append(t);
        }
        csv.append('\n');
        for (Outcome o : outcomes) {
            md.append("| ")
                    .append(SafeText.markdownCell(o.folder()))
                    .append(" | ")
                    .append(
                            o.failed()
                                    ? "失败：" + SafeText.markdownCell(o.failure())
                                    : SafeText.markdownCell(o.organisation()))
                    .append(" |");
            for (State s : State.values()) {
                md.append(' ')
                        .append(
                                o.failed()
                                        ? ""
                                        : o.states().values().stream().filter(s::equals).count())
                        .append(" |");
            }
            for (int t : tasks) {
                State s = o.states().get(t);
                md.append(' ').append(s == null ? "" : s.label()).append(" |");
            }
            md.append('\n');
            csv.append(SafeText.csv(o.folder()))
                    .append(',')
                    .append(SafeText.csv(o.organisation()))
                    .append(',')
                    .append(o.failed() ? SafeText.csv("FAILED: " + o.failure()) : "OK");
            for (int t : tasks) {
                State s = o.states().get(t);
                csv.append(',').append(s == null ? "" : s.name());
            }
            csv.append('\n');
        }
        Files.createDirectories(outFolder);
        Files.writeString(outFolder.resolve(ROLLUP_MD), md, StandardCharsets.UTF_8);
        Files.writeString(outFolder.resolve(ROLLUP_CSV), csv, StandardCharsets.UTF_8);
    }
}
