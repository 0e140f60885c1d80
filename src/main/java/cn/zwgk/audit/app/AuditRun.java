package cn.zwgk.audit.app;

import cn.zwgk.audit.AuditRules;
import cn.zwgk.audit.Auditor;
import cn.zwgk.audit.evidence.EvidenceLoader;
import cn.zwgk.audit.evidence.EvidenceSet;
import cn.zwgk.audit.problem.CatalogException;
import cn.zwgk.audit.problem.EvidenceException;
import cn.zwgk.audit.problem.RuleException;
import cn.zwgk.audit.report.AuditReport;
import cn.zwgk.audit.report.Renderer;
import cn.zwgk.audit.report.ReportWriter;
import cn.zwgk.audit.watch.AuditWatch;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code zwgk audit} of one folder below the command line: the rules compile in the background
 * while the evidence is read, then the audit runs and the reports are written; or, with {@code
 * --watch}, the same again after every change.
 */
public final class AuditRun {
    private AuditRun() {}

    /**
     * @param asOf the audit date, or null for 31 December of the profile's audit year
     * @param renderers the formats to write into {@code outFolder}
     */
    public record Request(
            Path evidence, Path rules, LocalDate asOf, List<Renderer> renderers, Path outFolder) {
        public Request {
            renderers = List.copyOf(renderers);
        }
    }

    /** The report and the files written. */
    public record Result(AuditReport report, List<Path> written) {}

    /**
     * Runs {@code request}; {@code progress} is told what is being done, for a person watching.
     *
     * @throws BadRequest when the output folder is inside the evidence folder
     * @throws IOException when a report cannot be written
     */
    public static Result run(Request request, Consumer<String> progress)
            throws BadRequest, EvidenceException, RuleException, CatalogException, IOException {
        checkOutFolder(request);
        AuditRules.Pending pendingRules = AuditRules.loadInBackground(request.rules());
        progress.accept("正在读取证据 " + request.evidence() + " ...");
        EvidenceSet evidence;
        try {
            evidence = new EvidenceLoader().load(request.evidence());
        } finally {
            // Problems with the rules are reported first, as when they were loaded first.
            pendingRules.get();
        }
        AuditRules rules = pendingRules.get();
        progress.accept("已读取 " + evidence.records().size() + " 条记录，正在审计 ...");
        AuditReport report = new Auditor(rules).audit(evidence, request.asOf());
        return new Result(
                report, ReportWriter.write(report, request.renderers(), request.outFolder()));
    }

    /**
     * The watch for {@code request}, to be run on the changes of its rules and evidence; it writes
     * the reports after each audit, in {@code request.renderers()} (which may be none).
     *
     * @throws BadRequest when the output folder is inside the evidence folder
     */
    public static AuditWatch watch(Request request, AuditWatch.Listener listener)
            throws BadRequest {
        checkOutFolder(request);
        return new AuditWatch(
                request.rules(),
                request.evidence(),
                request.asOf(),
                request.renderers(),
                request.outFolder(),
                listener);
    }

    private static void checkOutFolder(Request request) throws BadRequest {
        OutFolder.outside(request.outFolder(), request.evidence(), "证据目录", "当作证据读取");
    }
}
