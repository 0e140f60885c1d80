package cn.zwgk.audit.watch;

import cn.zwgk.audit.AuditRules;
import cn.zwgk.audit.Auditor;
import cn.zwgk.audit.evidence.EvidenceLoader;
import cn.zwgk.audit.evidence.EvidenceSet;
import cn.zwgk.audit.problem.InputFailure;
import cn.zwgk.audit.problem.RuleException;
import cn.zwgk.audit.report.AuditReport;
import cn.zwgk.audit.report.Renderer;
import cn.zwgk.audit.report.ReportDiff;
import cn.zwgk.audit.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * {@code zwgk audit --watch} below the command line: audits once, then again whenever the rules,
 * the catalog or the evidence change, and says what moved since the last audit. Only edited rule
 * files are compiled again, and only their part of the Drools rule base is replaced; the evidence
 * is read again only when a file under its folder changed. A run that fails on bad rules or
 * evidence is reported and the watch goes on; the next audit is compared with the last good one.
 * After each audit the reports are written in the formats asked (none when none were).
 */
public final class AuditWatch {
    /** What a watching audit tells whoever shows it. */
    public interface Listener {
        /** Files changed; an audit follows. */
        void changed(Set<Path> files);

        /** An audit finished and its reports were written, or could not be. */
        void audited(Audit audit);

        /** The rules, catalog or evidence had problems (a {@link RuleException}, …); no audit. */
        void failed(InputFailure problems, Duration took);
    }

    /**
     * One audit of the watch.
     *
     * @param diff what moved since the last good audit; null for the first
     * @param recompiled the rule files compiled for this audit
     * @param written the reports written, in the formats asked; none when none were asked
     * @param unwritten why the reports could not be written; else null
     * @param took the audit's time, rules and evidence read included, the reports' not
     */
    public record Audit(
            AuditReport report,
            ReportDiff diff,
            List<Path> recompiled,
            List<Path> written,
            IOException unwritten,
            Duration took) {}

    private final Path rules;
    private final Path evidence;
    private final LocalDate asOf;
    private final List<Renderer> renderers;
    private final Path outFolder;
    private final Listener listener;
    private AuditReport last;
    private AuditRules lastRules;

    /** The evidence last read, kept while no file under the evidence folder changes. */
    private EvidenceSet lastEvidence;

    /**
     * @param asOf the audit date, or null for 31 December of the profile's audit year
     * @param renderers the formats written into {@code outFolder} after each audit; may be none
     */
    public AuditWatch(
            Path rules,
            Path evidence,
            LocalDate asOf,
            List<Renderer> renderers,
            Path outFolder,
            Listener listener) {
        this.rules = rules;
        this.evidence = evidence;
        this.asOf = asOf;
        this.renderers = List.copyOf(renderers);
        this.outFolder = outFolder;
        this.listener = listener;
    }

    /** Audits now, then after each batch of changes, until {@code changes} is closed. */
    public void run(ChangeSource changes) throws InterruptedException {
        Path evidenceFolder = evidence.toAbsolutePath().normalize();
        Reruns.loop(
                rules,
                changes,
                changed -> {
                    listener.changed(changed);
                    if (changed.stream()
                            .anyMatch(
                                    f ->
                                            f.toAbsolutePath()
                                                    .normalize()
                                                    .startsWith(evidenceFolder))) {
                        lastEvidence = null;
                    }
                },
                this::auditOnce);
    }

    private void auditOnce() {
        long start = System.nanoTime();
        try {
            // As a single audit: the rules are read back (or an edited file compiled) while the
            // evidence is read.
            AuditRules.Pending pending = AuditRules.loadInBackground(rules, lastRules);
            EvidenceSet evidenceSet = lastEvidence;
            try {
                if (evidenceSet == null) {
                    evidenceSet = new EvidenceLoader().load(evidence);
                }
            } finally {
                pending.get();
            }
            AuditRules loaded = pending.get();
            List<Path> recompiled =
                    loaded == lastRules ? List.of() : loaded.ruleBase().compiledFiles();
            lastRules = loaded;
            lastEvidence = evidenceSet;
            AuditReport report = new Auditor(loaded).audit(evidenceSet, asOf);
            Duration took = Reruns.since(start);
            List<Path> written = List.of();
            IOException unwritten = null;
            try {
                if (!renderers.isEmpty()) {
                    written = ReportWriter.write(report, renderers, outFolder);
                }
            } catch (IOException e) {
                // Told, and the watch goes on: the next audit may write them.
                unwritten = e;
            }
            listener.audited(
                    new Audit(
                            report,
                            last == null ? null : ReportDiff.between(last, report),
                            recompiled,
                            written,
                            unwritten,
                            took));
            last = report;
        } catch (InputFailure e) {
            listener.failed(e, Reruns.since(start));
        }
    }
}
