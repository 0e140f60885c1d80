package cn.zwgk.audit.evidence;

import cn.zwgk.audit.digest.FileDigests;
import cn.zwgk.audit.facts.AuditProfile;
import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.facts.EvidenceKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Evidence that passed every check: the profile, the records in reading order, where each came
 * from, and the files read with their digests (for the report's manifest).
 */
public record EvidenceSet(
        Path folder,
        AuditProfile profile,
        List<Evidence> records,
        Map<String, RecordSource> sources,
        List<Path> files,
        FileDigests digests) {

    public long count(EvidenceKind kind) {
        return records.stream().filter(kind.type()::isInstance).count();
    }
}
