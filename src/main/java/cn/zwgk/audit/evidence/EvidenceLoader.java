package cn.zwgk.audit.evidence;

import cn.zwgk.audit.digest.FileDigests;
import cn.zwgk.audit.facts.AuditProfile;
import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.ledger.LedgerFiles;
import cn.zwgk.audit.problem.EvidenceException;
import cn.zwgk.audit.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an evidence folder into typed records and refuses it, with every problem at once, when
 * anything is wrong: a report built on half-understood evidence would claim more than it knows.
 *
 * <p>The folder holds {@code profile.json} and any number of evidence files, each
 *
 * <pre>{"schema": "zwgk-evidence/1", "kind": "interpretation", "records": [ {...}, ... ]}</pre>
 *
 * or ledgers ({@code .xlsx} workbooks, {@code .csv} files; see {@link
 * cn.zwgk.audit.ledger.LedgerFormat}), whose rows are read into the same JSON and bound and checked
 * by the same code. Markdown files are notes for people and are not read, nor are the lock files
 * Excel leaves beside an open workbook.
 *
 * <p>An evidence file is streamed record by record, since it may hold very many; each record (and
 * the profile) is read into a {@link LocatedJson} tree, checked for unknown fields, bound to its
 * type and checked for missing required fields, so that every problem of a record is reported with
 * its own pointer, line and column (in characters, as editors count them).
 *
 * <p>The work is shared out: {@link FolderWalk} lists the files, {@link ProfileReader} and {@link
 * EvidenceFileReader} read them (with {@link JsonObjectFile} for what can be wrong with a JSON file
 * as a whole and {@link Binder} for binding a record), {@link TakenRecords} and {@link
 * CrossRecordChecks} check records against each other and against the profile.
 */
public final class EvidenceLoader {
    public static final String PROFILE_FILE = "profile.json";
    public static final String EVIDENCE_SCHEMA = "zwgk-evidence/1";
    public static final String PROFILE_SCHEMA = "zwgk-profile/1";

    private final Binder binder;
    private final EvidenceFileReader files;
    private final boolean hashWhileReading;
    private final FolderWalk.Walker walker;

    /** A loader for audits: the files are hashed for the report's manifest while they are read. */
    public EvidenceLoader() {
        this(true, FolderWalk.Walker.FILES);
    }

    /** A loader for audits whose folder is walked by {@code walker}: for tests. */
    EvidenceLoader(FolderWalk.Walker walker) {
        this(true, walker);
    }

    private EvidenceLoader(boolean hashWhileReading, FolderWalk.Walker walker) {
        this.hashWhileReading = hashWhileReading;
        this.walker = walker;
        this.binder = new Binder(Json.strictMapper());
        this.files = new EvidenceFileReader(binder);
    }

    /**
     * A loader for looking at or converting evidence, not auditing it: a file is hashed only if its
     * digest is asked for, instead of keeping a core busy hashing large files for nothing.
     */
    public static EvidenceLoader withoutManifest() {
        return new EvidenceLoader(false, FolderWalk.Walker.FILES);
    }

    /**
     * Reads {@code folder}.
     *
     * @throws EvidenceException with every problem found, when there is any
     */
    public EvidenceSet load(Path folder) throws EvidenceException {
        Reading reading = read(folder);
        if (!reading.problems().isEmpty()) {
            throw new EvidenceException(reading.problems());
        }
        return reading.evidence();
    }

    /**
     * What a folder holds, problems or not: for {@code zwgk evidence}, which shows what was read
     * beside what is wrong.
     *
     * @param evidence the profile (null when it has a problem) and the records that have none of
     *     their own
     * @param problems every problem, in {@link Problem#READING_ORDER}
     */
    public record Reading(EvidenceSet evidence, List<Problem> problems) {}

    /** Reads {@code folder}, collecting every problem instead of refusing it. */
    public Reading read(Path folder) {
        EvidenceSet nothing =
                new EvidenceSet(
                        folder,
                        null,
                        List.of(),
                        Map.of(),
                        List.of(),
                        FileDigests.onDemand(List.of()));
        if (!Files.isDirectory(folder)) {
            return new Reading(nothing, List.of(Problem.inFile(folder, "证据目录不存在或不是目录")));
        }
        List<Problem> problems = new ArrayList<>();
        List<Path> listed;
        try {
            listed = FolderWalk.files(folder, problems, walker);
        } catch (EvidenceException e) {
            return new Reading(nothing, e.problems());
        }
        // Notes for people (Markdown) are not evidence, so they are not part of the manifest
        // either.
        List<Path> read = listed.stream().filter(f -> !f.toString().endsWith(".md")).toList();
        FileDigests digests =
                hashWhileReading ? FileDigests.start(read) : FileDigests.onDemand(read);
        Path profileFile = folder.resolve(PROFILE_FILE);
        AuditProfile profile = null;
        if (!Files.isRegularFile(profileFile)) {
            problems.add(Problem.inFile(profileFile, "缺少审计配置文件 " + PROFILE_FILE));
        } else {
            profile = ProfileReader.read(binder, profileFile, problems);
        }
        TakenRecords taken = new TakenRecords();
        for (Path file : listed) {
            if (!file.equals(profileFile)) {
                files.read(file, taken, problems);
            }
        }
        Map<String, RecordSource> sources = taken.dropDuplicates(problems);
        List<Evidence> records = taken.records();
        if (profile != null) {
            CrossRecordChecks.checkUnits(profile, records, sources, problems);
        }
        CrossRecordChecks.checkReferences(records, sources, problems);
        return new Reading(
                new EvidenceSet(folder, profile, records, sources, read, digests),
                problems.stream().sorted(Problem.READING_ORDER).toList());
    }

    /**
     * Reads one evidence file, JSON or ledger, on its own: every check of its records and of
     * duplicate ids within it, but none needing the folder (units of the profile, references to
     * records of other files). For converting a file from one form to the other.
     *
     * @throws EvidenceException with every problem found, when there is any
     */
    public List<Evidence> readFile(Path file) throws EvidenceException {
        List<Problem> problems = new ArrayList<>();
        TakenRecords taken = new TakenRecords();
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.inFile(file, "文件不存在"));
        } else if (!file.toString().endsWith(".json") && !LedgerFiles.isLedger(file)) {
            problems.add(Problem.inFile(file, FolderWalk.UNSUPPORTED));
        } else {
            files.read(file, taken, problems);
            taken.dropDuplicates(problems);
        }
        if (!problems.isEmpty()) {
            throw new EvidenceException(problems);
        }
        return taken.records();
    }
}
