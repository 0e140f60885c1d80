package cn.zwgk.audit.watch;

import cn.zwgk.audit.AuditRules;
import cn.zwgk.audit.Auditor;
import cn.zwgk.audit.evidence.EvidenceLoader;
import cn.zwgk.audit.evidence.EvidenceSet;
import cn.zwgk.audit.problem.InputFailure;
import cn.zwgk.audit.problem.RuleException;
import cn.zwgk.audit.report.AuditReport;
import cn.zwgk.audit.report.ReportDiff;
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
 */
public final class AuditWatch {
    /** What a watching audit tells whoever shows it. */
    public interface Listener {
        /** Files changed; an audit follows. */
        void changed(Set<Path> files);

        /**
         * An audit finished.
         *
         * @param diff what moved since the last good audit; null for the first
         * @param recompiled the rule files compiled for this audit
         * @param took the audit's time, rules and evidence read included
         */
        void audited(AuditReport report, ReportDiff diff, List<Path> recompiled, Duration took);

        /** The rules, catalog or evidence had problems (a {@link RuleException}, …); no audit. */
        void failed(InputFailure problems, Duration took);
    }

    private final Path rules;
    private final Path evidence;
    private final LocalDate asOf;
    private final Listener listener;
    private AuditReport last;
    private AuditRules lastRules;

    /** The evidence last read, kept while no file under the evidence folder changes. */
    private EvidenceSet lastEvidence;

    public AuditWatch(Path rules, Path evidence, LocalDate asOf, Listener listener) {
        this.rules = rules;
        this.evidence = evidence;
        this.asOf = asOf;
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
            listener.audited(
                    report,
                    last == null ? null : ReportDiff.between(last, report),
                    recompiled,
                    Reruns.since(start));
            last = report;
        } catch (InputFailure e) {
            listener.failed(e, Reruns.since(start));
        }
    }
}
