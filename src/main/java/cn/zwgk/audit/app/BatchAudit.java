package cn.zwgk.audit.app;

import cn.zwgk.audit.AuditRules;
import cn.zwgk.audit.Auditor;
import cn.zwgk.audit.catalog.CatalogTask;
import cn.zwgk.audit.evidence.EvidenceLoader;
import cn.zwgk.audit.evidence.EvidenceSet;
import cn.zwgk.audit.problem.CatalogException;
import cn.zwgk.audit.problem.EvidenceException;
import cn.zwgk.audit.problem.RuleException;
import cn.zwgk.audit.report.AuditReport;
import cn.zwgk.audit.report.Renderer;
import cn.zwgk.audit.report.ReportWriter;
import cn.zwgk.audit.report.Rollup;
import cn.zwgk.audit.verdict.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Many organisations in one run ({@code zwgk audit --batch DIR}): every subfolder of DIR is one
 * organisation's evidence. One rule base serves all; each organisation gets its own session, on a
 * fixed pool of one thread per core. Each report is written as soon as it is done and only its
 * states are kept, so memory is bounded by the largest organisation times the number of threads,
 * not by the sum. Messages (bad evidence, and progress when asked) go to a listener, which may be
 * called from any of the threads, one message at a time.
 */
public final class BatchAudit {

    /**
     * @param batch the folder whose every subfolder is one organisation's evidence
     * @param progress whether to tell each organisation done (for a person at a terminal)
     */
    public record Request(
            Path batch,
            Path rules,
            List<Renderer> renderers,
            LocalDate asOf,
            Path outFolder,
            int threads,
            boolean progress) {
        public Request {
            renderers = List.copyOf(renderers);
        }
    }

    /** What is kept of one organisation: its states per task, or why it failed. */
    public record OrganisationResult(
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

    /**
     * @param organisations in folder order
     * @param rollupFiles the roll-up written, one file a format
     */
    public record Result(
            List<OrganisationResult> organisations, List<Path> rollupFiles, Duration took) {
        public long failed() {
            return organisations.stream().filter(OrganisationResult::failed).count();
        }

        public boolean badEvidence() {
            return organisations.stream().anyMatch(OrganisationResult::badEvidence);
        }

        /** The closing line: how many organisations, done and failed, and the time. */
        public String summary() {
            return String.format(
                    "批量审计 %d 个组织：完成 %d，失败 %d，用时 %.1f 秒",
                    organisations.size(),
                    organisations.size() - failed(),
                    failed(),
                    took.toMillis() / 1e3);
        }
    }

    private BatchAudit() {}

    /**
     * Compiles the rules once, audits every organisation, writes the roll-up.
     *
     * @param messages told, one at a time, of each organisation with bad evidence or that failed,
     *     and of each done when {@code request.progress()}
     * @throws BadRequest when the output folder is inside the batch folder, or the batch folder
     *     cannot be listed
     * @throws IOException when the roll-up cannot be written
     */
    public static Result run(Request request, Consumer<String> messages)
            throws BadRequest, RuleException, CatalogException, InterruptedException, IOException {
        long start = System.nanoTime();
        OutFolder.outside(request.outFolder(), request.batch(), "批量目录", "当作一个组织的证据");
        List<Path> folders;
        try {
            folders = organisations(request.batch());
        } catch (IOException e) {
            throw new BadRequest("无法读取批量目录 " + request.batch() + "：" + e.getMessage());
        }
        AuditRules rules = AuditRules.load(request.rules());
        // Organisations are audited on many threads; their messages are passed on one at a time.
        Object oneAtATime = new Object();
        Consumer<String> tell =
                message -> {
                    synchronized (oneAtATime) {
                        messages.accept(message);
                    }
                };
        List<OrganisationResult> organisations = auditAll(rules, request, folders, tell);
        List<Integer> tasks = rules.catalog().tasks().stream().map(CatalogTask::number).toList();
        Rollup rollup =
                new Rollup(
                        tasks,
                        organisations.stream()
                                .map(
                                        o ->
                                                new Rollup.Row(
                                                        o.folder(),
                                                        o.organisation(),
                                                        o.states(),
                                                        o.failure()))
                                .toList());
        List<Path> written = ReportWriter.writeRollup(rollup, request.outFolder());
        return new Result(organisations, written, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The organisation folders of {@code batch}: its subfolders, in name order. */
    private static List<Path> organisations(Path batch) throws IOException {
        try (Stream<Path> list = Files.list(batch)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static List<OrganisationResult> auditAll(
            AuditRules rules, Request request, List<Path> folders, Consumer<String> tell)
            throws InterruptedException {
        ExecutorService pool =
                Executors.newFixedThreadPool(
                        Math.max(1, Math.min(request.threads(), folders.size())));
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<OrganisationResult>> futures = new ArrayList<>();
            for (Path folder : folders) {
                futures.add(
                        pool.submit(
                                () -> {
                                    OrganisationResult result =
                                            auditOne(rules, request, folder, tell);
                                    int n = done.incrementAndGet();
                                    if (request.progress()) {
                                        tell.accept(
                                                "["
                                                        + n
                                                        + "/"
                                                        + folders.size()
                                                        + "] "
                                                        + folder.getFileName()
                                                        + (result.failed()
                                                                ? " 失败"
                                                                : " 完成（"
                                                                        + result.records()
                                                                        + " 条记录）"));
                                    }
                                    return result;
                                }));
            }
            List<OrganisationResult> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    String name = folders.get(i).getFileName().toString();
                    tell.accept(name + "：内部错误 " + e.getCause());
                    results.add(
                            new OrganisationResult(
                                    name, "", Map.of(), 0, "内部错误：" + e.getCause(), false));
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static OrganisationResult auditOne(
            AuditRules rules, Request request, Path folder, Consumer<String> tell) {
        String name = folder.getFileName().toString();
        try {
            EvidenceSet evidence = new EvidenceLoader().load(folder);
            AuditReport report = new Auditor(rules).audit(evidence, request.asOf());
            ReportWriter.write(report, request.renderers(), request.outFolder().resolve(name));
            Map<Integer, State> states = new LinkedHashMap<>();
            report.tasks().forEach(t -> states.put(t.number(), t.state()));
            return new OrganisationResult(
                    name, report.organisation(), states, evidence.records().size(), null, false);
        } catch (EvidenceException e) {
            StringBuilder text =
                    new StringBuilder(name + "：证据有误，未生成报告（共 " + e.problems().size() + " 处）：");
            e.problems().forEach(p -> text.append("\n  ").append(p));
            tell.accept(text.toString());
            return new OrganisationResult(
                    name, "", Map.of(), 0, "证据有误（" + e.problems().size() + " 处）", true);
        } catch (Exception e) {
            tell.accept(name + "：审计失败：" + e);
            return new OrganisationResult(name, "", Map.of(), 0, "审计失败：" + e.getMessage(), false);
        }
    }
}
