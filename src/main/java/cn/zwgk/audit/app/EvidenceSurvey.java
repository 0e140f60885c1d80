package cn.zwgk.audit.app;

import cn.zwgk.audit.evidence.EvidenceCounts;
import cn.zwgk.audit.evidence.EvidenceLoader;
import cn.zwgk.audit.evidence.EvidenceSet;
import cn.zwgk.audit.ledger.LedgerFiles;
import cn.zwgk.audit.problem.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code zwgk evidence} below the command line: what an evidence folder holds and everything wrong
 * with it, read without auditing (and without refusing it at the first problem).
 *
 * @param evidence what could be read; its counts leave out rows that could not be read as records
 * @param ledgers how many of the files read are ledgers (workbooks or CSV)
 * @param problems every problem, located
 */
public record EvidenceSurvey(
        EvidenceSet evidence, EvidenceCounts counts, long ledgers, List<Problem> problems) {

    public EvidenceSurvey {
        problems = List.copyOf(problems);
    }

    public static EvidenceSurvey of(Path folder) {
        EvidenceLoader.Reading reading = EvidenceLoader.withoutManifest().read(folder);
        EvidenceSet read = reading.evidence();
        return new EvidenceSurvey(
                read,
                EvidenceCounts.of(read),
                read.files().stream().filter(LedgerFiles::isLedger).count(),
                reading.problems());
    }
}
