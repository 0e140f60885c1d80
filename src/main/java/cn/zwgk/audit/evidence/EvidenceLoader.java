package cn.zwgk.audit.evidence;

import cn.zwgk.audit.digest.FileDigests;
import cn.zwgk.audit.facts.AuditProfile;
import cn.zwgk.audit.facts.BlankCells;
import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.facts.EvidenceKind;
import cn.zwgk.audit.json.JsonFiles;
import cn.zwgk.audit.json.JsonProblem;
import cn.zwgk.audit.json.LocatedJson;
import cn.zwgk.audit.ledger.LedgerFiles;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 */
public final class EvidenceLoader {
    public static final String PROFILE_FILE = "profile.json";
    public static final String EVIDENCE_SCHEMA = "zwgk-evidence/1";
    public static final String PROFILE_SCHEMA = "zwgk-profile/1";

    /** Excel keeps {@code ~$name.xlsx} beside a workbook while it is open: a lock, not evidence. */
    private static final String EXCEL_LOCK_PREFIX = "~$";

    private static final String UNSUPPORTED = "不支持的文件类型：证据文件应为 .json、.xlsx 或 .csv";

    private final ObjectMapper mapper = Json.strictMapper();

    /**
     * Binders by type; they pass unknown fields over because UnknownFields has already reported
     * them.
     */
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    private final boolean hashWhileReading;

    /** A loader for audits: the files are hashed for the report's manifest while they are read. */
    public EvidenceLoader() {
        this(true);
    }

    private EvidenceLoader(boolean hashWhileReading) {
        this.hashWhileReading = hashWhileReading;
    }

    /**
     * A loader for looking at or converting evidence, not auditing it: a file is hashed only if its
     * digest is asked for, instead of keeping a core busy hashing large files for nothing.
     */
    public static EvidenceLoader withoutManifest() {
        return new EvidenceLoader(false);
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
            return new Reading(nothing, List.of(new Problem(folder, "", 0, 0, "证据目录不存在或不是目录")));
        }
        List<Problem> problems = new ArrayList<>();
        List<Path> files;
        try {
            files = listFiles(folder, problems);
        } catch (EvidenceException e) {
            return new Reading(nothing, e.problems());
        }
        // Notes for people (Markdown) are not evidence, so they are not part of the manifest
        // either.
        List<Path> read = files.stream().filter(f -> !f.toString().endsWith(".md")).toList();
        FileDigests digests =
                hashWhileReading ? FileDigests.start(read) : FileDigests.onDemand(read);
        Path profileFile = folder.resolve(PROFILE_FILE);
        AuditProfile profile = null;
        if (!Files.isRegularFile(profileFile)) {
            problems.add(new Problem(profileFile, "", 0, 0, "缺少审计配置文件 " + PROFILE_FILE));
        } else {
            profile = readProfile(profileFile, problems);
        }
        Taken taken = new Taken();
        for (Path file : files) {
            if (!file.equals(profileFile)) {
                readAnyEvidenceFile(file, taken, problems);
            }
        }
        Map<String, RecordSource> sources = taken.dropDuplicates(problems);
        List<Evidence> records = taken.records;
        if (profile != null) {
            checkUnits(profile, records, sources, problems);
        }
        checkReferences(records, sources, problems);
        return new Reading(
                new EvidenceSet(folder, profile, List.copyOf(records), sources, read, digests),
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
        Taken taken = new Taken();
        if (!Files.isRegularFile(file)) {
            problems.add(new Problem(file, "", 0, 0, "文件不存在"));
        } else if (!file.toString().endsWith(".json") && !LedgerFiles.isLedger(file)) {
            problems.add(new Problem(file, "", 0, 0, UNSUPPORTED));
        } else {
            readAnyEvidenceFile(file, taken, problems);
            taken.dropDuplicates(problems);
        }
        if (!problems.isEmpty()) {
            throw new EvidenceException(problems.stream().sorted(Problem.READING_ORDER).toList());
        }
        return List.copyOf(taken.records);
    }

    private void readAnyEvidenceFile(Path file, Taken taken, List<Problem> problems) {
        if (file.toString().endsWith(".json")) {
            readEvidenceFile(file, taken, problems);
        } else if (LedgerFiles.isLedger(file)) {
            readLedger(file, taken, problems);
        }
    }

    /**
     * The records read so far, each beside the place it was read from, in reading order. Duplicate
     * ids are looked for once all are read, into a map sized for them: filled as records streamed
     * in, a map of a million ids spent more time growing than in use.
     */
    private static final class Taken {
        private List<Evidence> records = new ArrayList<>();
        private final List<RecordSource> sources = new ArrayList<>();

        /** Checks a record that was read without problem on its own, and keeps it. */
        void add(Evidence record, RecordSource source, List<Problem> problems) {
            for (Evidence.FieldProblem fp : record.selfCheck()) {
                problems.add(source.problem("/" + fp.field(), fp.reason()));
            }
            records.add(record);
            sources.add(source);
        }

        int size() {
            return records.size();
        }

        /** Forgets the records taken after the first {@code count}. */
        void keepFirst(int count) {
            records.subList(count, records.size()).clear();
            sources.subList(count, sources.size()).clear();
        }

        /**
         * Drops each record whose id an earlier one has, with a problem naming where the first was
         * read; returns where each record kept was read, by id.
         */
        Map<String, RecordSource> dropDuplicates(List<Problem> problems) {
            Map<String, RecordSource> byId = new HashMap<>(capacityFor(records.size()));
            List<Evidence> kept = new ArrayList<>(records.size());
            for (int i = 0; i < records.size(); i++) {
                Evidence record = records.get(i);
                RecordSource source = sources.get(i);
                RecordSource first = byId.putIfAbsent(record.id(), source);
                if (first == null) {
                    kept.add(record);
                } else {
                    problems.add(
                            source.problem(
                                    "/id", "编号 " + record.id() + " 重复，首次出现于 " + first.describe()));
                }
            }
            records = kept;
            return byId;
        }
    }

    /** A hash map's initial capacity that holds {@code entries} without growing. */
    private static int capacityFor(int entries) {
        return (int) (entries / 0.75f) + 1;
    }

    private static List<Path> listFiles(Path folder, List<Problem> problems)
            throws EvidenceException {
        // Files.walk does not follow symbolic links to folders; a link to a file is checked below.
        try (Stream<Path> walk = Files.walk(folder)) {
            Path realFolder = folder.toRealPath();
            List<Path> files = new ArrayList<>();
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                // Walking the folder yields only paths below it: no "..", no absolute names from
                // the evidence.
                if (!file.normalize().startsWith(folder.normalize())) {
                    problems.add(new Problem(file, "", 0, 0, "文件不在证据目录之内，不予读取"));
                    continue;
                }
                if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(realFolder)) {
                    problems.add(
                            new Problem(
                                    file,
                                    "",
                                    0,
                                    0,
                                    "符号链接指向证据目录之外（" + file.toRealPath() + "），不予读取：证据应放在证据目录之内"));
                    continue;
                }
                String name = file.getFileName().toString();
                if (name.startsWith(EXCEL_LOCK_PREFIX)) {
                    continue;
                }
                if (!name.endsWith(".json")
                        && !name.endsWith(".md")
                        && !LedgerFiles.isLedger(file)) {
                    problems.add(
                            new Problem(
                                    file,
                                    "",
                                    0,
                                    0,
                                    UNSUPPORTED
                                            + (name.endsWith(".xls")
                                                    ? "（.xls 请在 Excel 中另存为 .xlsx）"
                                                    : "")));
                }
                files.add(file);
            }
            return List.copyOf(files);
        } catch (IOException | UncheckedIOException e) {
            throw new EvidenceException(
                    List.of(new Problem(folder, "", 0, 0, "无法读取证据目录：" + e.getMessage())));
        }
    }

    /**
     * The profile, or null when it has any problem: evidence is not judged against a wrong profile.
     */
    private AuditProfile readProfile(Path file, List<Problem> problems) {
        int before = problems.size();
        AuditProfile profile =
                readObject(
                        file,
                        problems,
                        () -> {},
                        (p, text) -> {
                            LocatedJson json = readLocated(file, "", p, problems);
                            // The schema names the file's format; it is no field of the profile.
                            JsonNode schema = ((ObjectNode) json.root()).remove("schema");
                            checkSchema(
                                    file,
                                    schema,
                                    json.valueAt(schema == null ? "" : "/schema"),
                                    PROFILE_SCHEMA,
                                    problems);
                            AuditProfile read =
                                    bind(
                                            json.root(),
                                            inJson(file, "", json),
                                            Set.of(),
                                            AuditProfile.class,
                                            problems);
                            if (read != null) {
                                checkProfile(file, read, json, problems);
                            }
                            return read;
                        });
        return problems.size() == before ? profile : null;
    }

    private static void checkProfile(
            Path file, AuditProfile profile, LocatedJson json, List<Problem> problems) {
        if (profile.auditYear() != null
                && (profile.auditYear() < 2000 || profile.auditYear() > 2100)) {
            problems.add(
                    at(
                            file,
                            "/auditYear",
                            json.valueAt("/auditYear"),
                            "审计年度 " + profile.auditYear() + " 不合理"));
        }
        if (profile.units() != null) {
            if (profile.units().isEmpty()) {
                problems.add(at(file, "/units", json.valueAt("/units"), "至少应列出一个单位"));
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < profile.units().size(); i++) {
                String unit = profile.units().get(i);
                String pointer = LocatedJson.child("/units", i);
                if (unit == null || unit.isBlank()) {
                    problems.add(at(file, pointer, json.valueAt(pointer), "单位名称为空"));
                } else if (!seen.add(unit)) {
                    problems.add(at(file, pointer, json.valueAt(pointer), "单位 " + unit + " 重复"));
                }
            }
        }
    }

    private void readEvidenceFile(Path file, Taken taken, List<Problem> problems) {
        int takenBefore = taken.size();
        Runnable discard = () -> taken.keepFirst(takenBefore);
        readObject(
                file,
                problems,
                discard,
                (p, text) -> {
                    JsonLocation start = p.currentTokenLocation();
                    JsonNode schema = null;
                    JsonLocation schemaAt = start;
                    EvidenceKind kind = null;
                    boolean sawKind = false;
                    boolean sawRecords = false;
                    JsonLocation recordsBeforeKind = null;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String field = p.currentName();
                        p.nextToken();
                        JsonLocation valueAt = p.currentTokenLocation();
                        switch (field) {
                            case "schema" -> {
                                schema = mapper.readTree(p);
                                schemaAt = valueAt;
                            }
                            case "kind" -> {
                                sawKind = true;
                                JsonNode value = mapper.readTree(p);
                                kind =
                                        value.isTextual()
                                                ? EvidenceKind.byFileName(value.textValue())
                                                        .orElse(null)
                                                : null;
                                if (kind == null) {
                                    problems.add(
                                            at(
                                                    file,
                                                    "/kind",
                                                    valueAt,
                                                    "未知的证据种类 "
                                                            + (value.isTextual()
                                                                    ? value.textValue()
                                                                    : value)
                                                            + "（可用："
                                                            + kindNames()
                                                            + "）"));
                                }
                            }
                            case "records" -> {
                                sawRecords = true;
                                if (!sawKind) {
                                    // The kind says how to read the records, and they are read as
                                    // they stream by.
                                    recordsBeforeKind = valueAt;
                                    p.skipChildren();
                                } else if (p.currentToken() != JsonToken.START_ARRAY) {
                                    problems.add(at(file, "/records", valueAt, "records 应为数组"));
                                    p.skipChildren();
                                } else if (kind == null) {
                                    p.skipChildren();
                                } else {
                                    readRecords(file, kind, p, text, taken, problems);
                                }
                            }
                            default -> {
                                problems.add(
                                        at(
                                                file,
                                                LocatedJson.child("", field),
                                                valueAt,
                                                "未知字段 " + field));
                                p.skipChildren();
                            }
                        }
                    }
                    checkSchema(file, schema, schemaAt, EVIDENCE_SCHEMA, problems);
                    if (!sawKind) {
                        problems.add(at(file, "/kind", start, "缺少 kind 字段"));
                    } else if (recordsBeforeKind != null) {
                        problems.add(
                                at(
                                        file,
                                        "/records",
                                        recordsBeforeKind,
                                        "\"kind\" 应写在 \"records\" 之前"));
                    }
                    if (!sawRecords) {
                        problems.add(at(file, "/records", start, "缺少 records 字段"));
                    }
                    return null;
                });
    }

    /**
     * Reads the records array at {@code p}. Each record is first bound directly, as plain Jackson
     * would; only a record that this strict binding refuses, or that has a null array element or a
     * missing required field, is read again as a located tree to place each of its problems. Most
     * records are clean, and building a located tree for each costs more than the binding itself.
     */
    private void readRecords(
            Path file,
            EvidenceKind kind,
            JsonParser p,
            RetainingReader text,
            Taken taken,
            List<Problem> problems)
            throws IOException {
        ObjectReader direct = mapper.readerFor(kind.type());
        for (int index = 0; p.nextToken() != JsonToken.END_ARRAY; index++) {
            JsonLocation start = p.currentTokenLocation();
            if (p.currentToken() != JsonToken.START_OBJECT) {
                problems.add(at(file, LocatedJson.child("/records", index), start, "记录应为 JSON 对象"));
                p.skipChildren();
                continue;
            }
            text.releaseBefore(start.getCharOffset());
            TokenBuffer copy = new TokenBuffer(p);
            boolean nullElement = copyRecord(p, copy);
            Evidence record = nullElement ? null : bindDirectly(direct, copy);
            if (record == null) {
                String recordText =
                        text.text(
                                start.getCharOffset(),
                                p.currentTokenLocation().getCharOffset() + 1);
                String pointer = LocatedJson.child("/records", index);
                int before = problems.size();
                try (JsonParser again =
                        new ShiftedLocations(mapper.createParser(recordText), start)) {
                    again.nextToken();
                    LocatedJson json = readLocated(file, pointer, again, problems);
                    record =
                            bind(
                                    json.root(),
                                    inJson(file, pointer, json),
                                    Set.of(),
                                    kind.type(),
                                    problems);
                }
                if (problems.size() > before) {
                    continue;
                }
            }
            taken.add(
                    record,
                    new RecordSource(
                            file,
                            new Location.JsonRecord(index, start.getLineNr(), start.getColumnNr())),
                    problems);
        }
    }

    /**
     * Reads the rows of a ledger file, each bound and checked as a record of an evidence file is.
     */
    private void readLedger(Path file, Taken taken, List<Problem> problems) {
        for (LedgerRecords.Row row : LedgerRecords.read(file, problems)) {
            int before = problems.size();
            Evidence record =
                    bind(
                            row.json(),
                            pointer -> new Problem(file, row.at().field(pointer), ""),
                            row.unreadable(),
                            row.kind().type(),
                            problems);
            if (problems.size() == before && row.unreadable().isEmpty()) {
                taken.add(record, new RecordSource(file, row.at()), problems);
            }
        }
    }

    /**
     * Places a value of a JSON record read at {@code pointer} of {@code file}: a problem with no
     * reason yet, at the value's own line and column, or at the record's when the value is absent.
     */
    private static Locator inJson(Path file, String pointer, LocatedJson json) {
        return relative -> {
            JsonLocation at = Objects.requireNonNullElse(json.valueAt(relative), json.valueAt(""));
            return new Problem(file, pointer + relative, at.getLineNr(), at.getColumnNr(), "");
        };
    }

    /** Where a value of a record being bound is, by its JSON pointer relative to the record. */
    interface Locator {
        /** A problem placed at the value, with an empty reason for the caller to give. */
        Problem at(String pointer);

        default Problem problem(String pointer, String reason) {
            Problem placed = at(pointer);
            return new Problem(placed.file(), placed.location(), reason);
        }
    }

    /**
     * Copies the value at {@code p} (an object) into {@code copy}, leaving {@code p} on its end.
     *
     * @return whether an array in it has a null element, which binding would let through
     */
    private static boolean copyRecord(JsonParser p, TokenBuffer copy) throws IOException {
        boolean nullElement = false;
        int depth = 0;
        do {
            JsonToken token = p.currentToken();
            nullElement |= token == JsonToken.VALUE_NULL && p.getParsingContext().inArray();
            copy.copyCurrentEvent(p);
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            }
        } while (depth > 0 && p.nextToken() != null);
        return nullElement;
    }

    /**
     * The record bound by the strict mapper with nothing missing, or null when it has any problem.
     */
    private static Evidence bindDirectly(ObjectReader direct, TokenBuffer copy) {
        try (JsonParser buffered = copy.asParser()) {
            Evidence record = direct.readValue(buffered);
            return RequiredFields.missing(record).isEmpty() ? record : null;
        } catch (IOException | RuntimeException refused) {
            // Read again as a located tree, which places every problem.
            return null;
        }
    }

    /**
     * The part of reading a JSON file that differs by file: its object, from its opening brace on.
     */
    private interface ObjectBody<T> {
        /**
         * Reads the object at {@code p}'s current token, leaving {@code p} on its closing brace;
         * {@code text} is what {@code p} reads, kept from where it is told to keep it.
         */
        T read(JsonParser p, RetainingReader text) throws IOException;
    }

    /**
     * Reads {@code file}, which must hold one JSON object, with {@code body}; reports a file that
     * is not UTF-8, not an object, not valid JSON or followed by more content. A file found not to
     * be UTF-8 part-way through contributes nothing but that problem: the problems found before the
     * bad byte are dropped and {@code discard} undoes whatever else {@code body} took from it.
     *
     * @return what {@code body} returned, or null when the file could not be read through
     */
    private <T> T readObject(
            Path file, List<Problem> problems, Runnable discard, ObjectBody<T> body) {
        int problemsBefore = problems.size();
        JsonParser[] current = new JsonParser[1];
        try (RetainingReader text = new RetainingReader(JsonFiles.openText(file));
                JsonParser p = mapper.createParser(text)) {
            current[0] = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.add(at(file, "", p.currentLocation(), "文件为空，应为 JSON 对象"));
                return null;
            }
            if (first != JsonToken.START_OBJECT) {
                problems.add(at(file, "", p.currentTokenLocation(), "文件应为 JSON 对象"));
                return null;
            }
            T result = body.read(p, text);
            if (p.nextToken() != null) {
                problems.add(at(file, "", p.currentTokenLocation(), "JSON 对象之后还有多余内容"));
                return null;
            }
            return result;
        } catch (StreamConstraintsException e) {
            // Jackson gives no place for a limit passed; the parser's place is where it stopped.
            JsonLocation location =
                    e.getLocation() != null
                            ? e.getLocation()
                            : current[0] != null ? current[0].currentLocation() : JsonLocation.NA;
            problems.add(
                    new Problem(
                            file,
                            "",
                            Math.max(location.getLineNr(), 0),
                            Math.max(location.getColumnNr(), 0),
                            JsonFiles.describe(e)));
            return null;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation() == null ? JsonLocation.NA : e.getLocation();
            problems.add(
                    new Problem(
                            file,
                            "",
                            Math.max(location.getLineNr(), 0),
                            Math.max(location.getColumnNr(), 0),
                            "JSON 格式错误：" + e.getOriginalMessage()));
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            // A safety net: whatever the file holds, the user gets a problem naming it, never a
            // stack trace.
            problems.add(
                    new Problem(
                            file,
                            "",
                            0,
                            0,
                            "无法读取文件（内部错误 " + e.getClass().getSimpleName() + "），请检查文件内容并报告此问题"));
            return null;
        } catch (CharacterCodingException e) {
            problems.subList(problemsBefore, problems.size()).clear();
            discard.run();
            // Without a place only when the file changed while being read and its bad byte is gone.
            problems.add(
                    e instanceof JsonFiles.NotUtf8Exception bad
                            ? new Problem(file, "", bad.line(), bad.column(), bad.reason())
                            : new Problem(file, "", 0, 0, "不是有效的 UTF-8 文本"));
            return null;
        } catch (JsonFiles.TooLargeException e) {
            problems.add(new Problem(file, "", 0, 0, e.getMessage()));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(file, "", 0, 0, "无法读取文件：" + e.getMessage()));
            return null;
        }
    }

    /**
     * Reads the value at {@code p}'s current token, found at {@code pointer} of {@code file}, as a
     * located tree.
     */
    private static LocatedJson readLocated(
            Path file, String pointer, JsonParser p, List<Problem> problems) throws IOException {
        // The mapper's parser refuses duplicate keys itself; the tree would report any it let
        // through.
        List<JsonProblem> duplicates = new ArrayList<>();
        LocatedJson json = LocatedJson.read(p, duplicates);
        for (JsonProblem d : duplicates) {
            problems.add(
                    new Problem(file, pointer + d.pointer(), d.line(), d.column(), d.reason()));
        }
        return json;
    }

    /**
     * Binds {@code json}, whose values {@code place} locates, to {@code type}, reporting every
     * unknown field, the first type error and every missing required field but those in {@code
     * reported} (fields whose problem is already known).
     *
     * @return the value, or null when it could not be built; it may have problems all the same
     */
    private <T> T bind(
            JsonNode json,
            Locator place,
            Set<String> reported,
            Class<T> type,
            List<Problem> problems) {
        UnknownFields.find(
                json, type, (field, name) -> problems.add(place.problem(field, "未知字段 " + name)));
        int before = problems.size();
        Set<String> blankCells = BLANK_CELL_FIELDS.get(type);
        json.properties().stream()
                .filter(field -> !blankCells.contains(field.getKey()))
                .forEach(
                        field ->
                                findNullElements(
                                        field.getValue(),
                                        LocatedJson.child("", field.getKey()),
                                        (at) -> problems.add(place.problem(at, "数组中不能有 null 元素"))));
        if (problems.size() > before) {
            return null;
        }
        T value;
        try {
            value =
                    readers.computeIfAbsent(
                                    type,
                                    t ->
                                            mapper.readerFor(t)
                                                    .without(
                                                            DeserializationFeature
                                                                    .FAIL_ON_UNKNOWN_PROPERTIES))
                            .readValue(json);
        } catch (JsonMappingException e) {
            problems.add(MappingProblems.describe(json, place, e));
            return null;
        } catch (InputCoercionException e) {
            problems.add(MappingProblems.describe(json, place, e));
            return null;
        } catch (IOException e) {
            // Binding a tree in memory does no I/O; anything else Jackson throws is a mapping
            // error.
            throw new UncheckedIOException(e);
        }
        for (String missing : RequiredFields.missing(value)) {
            if (!reported.contains(missing.substring(1))) {
                // Nothing is there to point at, so the record (or the field's cell in its row) is
                // pointed at.
                Problem record = place.at("");
                problems.add(
                        new Problem(
                                record.file(),
                                record.location().field(missing),
                                "缺少必填字段 " + missing.substring(1)));
            }
        }
        return value;
    }

    /** The fields of a record type whose tables may have blank (null) cells. */
    private static final ClassValue<Set<String>> BLANK_CELL_FIELDS =
            new ClassValue<>() {
                @Override
                protected Set<String> computeValue(Class<?> type) {
                    return type.isRecord()
                            ? Arrays.stream(type.getRecordComponents())
                                    .filter(c -> c.isAnnotationPresent(BlankCells.class))
                                    .map(RecordComponent::getName)
                                    .collect(Collectors.toUnmodifiableSet())
                            : Set.of();
                }
            };

    /** Reports every null element of an array anywhere in {@code node}, by its pointer. */
    private static void findNullElements(
            JsonNode node, String at, java.util.function.Consumer<String> found) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String element = LocatedJson.child(at, i);
                if (node.get(i).isNull()) {
                    found.accept(element);
                } else {
                    findNullElements(node.get(i), element, found);
                }
            }
        } else if (node.isObject()) {
            node.properties()
                    .forEach(
                            e ->
                                    findNullElements(
                                            e.getValue(),
                                            LocatedJson.child(at, e.getKey()),
                                            found));
        }
    }

    /**
     * Checks a file's {@code schema}: {@code value} is null when the field is missing, and {@code
     * location} is then the start of the file's object.
     */
    private static void checkSchema(
            Path file,
            JsonNode value,
            JsonLocation location,
            String expected,
            List<Problem> problems) {
        if (value == null) {
            problems.add(at(file, "/schema", location, "缺少 schema 字段，应为 \"" + expected + "\""));
        } else if (!expected.equals(value.textValue())) {
            problems.add(
                    at(file, "/schema", location, "schema 应为 \"" + expected + "\"，实为 " + value));
        }
    }

    private static void checkUnits(
            AuditProfile profile,
            List<Evidence> records,
            Map<String, RecordSource> sources,
            List<Problem> problems) {
        // A profile is only used when it has no problem, so its units are there, named and
        // distinct.
        Set<String> units = Set.copyOf(profile.units());
        for (Evidence record : records) {
            List<String> named = record.units();
            for (int i = 0; i < named.size(); i++) {
                String unit = named.get(i);
                if (unit == null) {
                    problems.add(
                            sources.get(record.id()).problem(unitPointer(record, i), "单位名称为空"));
                } else if (!units.contains(unit)) {
                    problems.add(
                            sources.get(record.id())
                                    .problem(
                                            unitPointer(record, i),
                                            "单位 " + unit + " 不在审计配置的单位列表中"));
                }
            }
        }
    }

    /**
     * Where a record names its {@code index}th unit: in a list {@code units}, or as its one {@code
     * unit}.
     */
    private static String unitPointer(Evidence record, int index) {
        boolean list =
                Arrays.stream(record.getClass().getRecordComponents())
                        .map(RecordComponent::getName)
                        .anyMatch("units"::equals);
        return list ? LocatedJson.child("/units", index) : "/unit";
    }

    private static void checkReferences(
            List<Evidence> records, Map<String, RecordSource> sources, List<Problem> problems) {
        Map<String, Evidence> byId = new HashMap<>(capacityFor(records.size()));
        records.forEach(r -> byId.put(r.id(), r));
        for (Evidence record : records) {
            record.references()
                    .forEach(
                            (field, ref) -> {
                                Evidence target = byId.get(ref.id());
                                if (target == null) {
                                    problems.add(
                                            sources.get(record.id())
                                                    .problem(
                                                            "/" + field,
                                                            "引用的"
                                                                    + ref.kind().label()
                                                                    + " "
                                                                    + ref.id()
                                                                    + " 不存在"));
                                } else if (!ref.kind().type().isInstance(target)) {
                                    problems.add(
                                            sources.get(record.id())
                                                    .problem(
                                                            "/" + field,
                                                            "引用的 "
                                                                    + ref.id()
                                                                    + " 是"
                                                                    + EvidenceKind.of(target)
                                                                            .label()
                                                                    + "，应为"
                                                                    + ref.kind().label()));
                                }
                            });
        }
    }

    private static String kindNames() {
        return String.join(
                "、", Stream.of(EvidenceKind.values()).map(EvidenceKind::fileName).toList());
    }

    private static Problem at(Path file, String pointer, JsonLocation location, String reason) {
        return new Problem(file, pointer, location.getLineNr(), location.getColumnNr(), reason);
    }
}
