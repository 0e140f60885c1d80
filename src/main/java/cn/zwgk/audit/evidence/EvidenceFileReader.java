package cn.zwgk.audit.evidence;

import static cn.zwgk.audit.evidence.JsonObjectFile.at;

import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.facts.EvidenceKind;
import cn.zwgk.audit.json.LocatedJson;
import cn.zwgk.audit.ledger.LedgerFiles;
import cn.zwgk.audit.problem.Location;
import cn.zwgk.audit.problem.Problem;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the records of one evidence file, JSON or ledger, into {@link TakenRecords}. A JSON file is
 * streamed record by record, since it may hold very many.
 */
final class EvidenceFileReader {

    private final ObjectMapper mapper;
    private final Binder binder;

    EvidenceFileReader(Binder binder) {
        this.mapper = binder.mapper();
        this.binder = binder;
    }

    /** Reads {@code file} if it is JSON or a ledger; other files are not evidence to read. */
    void read(Path file, TakenRecords taken, List<Problem> problems) {
        if (file.toString().endsWith(".json")) {
            readJson(file, taken, problems);
        } else if (LedgerFiles.isLedger(file)) {
            readLedger(file, taken, problems);
        }
    }

    private void readJson(Path file, TakenRecords taken, List<Problem> problems) {
        int takenBefore = taken.size();
        JsonObjectFile.read(
                mapper,
                file,
                problems,
                () -> taken.keepFirst(takenBefore),
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
                                kind = readKind(file, p, valueAt, problems);
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
                    JsonObjectFile.checkSchema(
                            file, schema, schemaAt, EvidenceLoader.EVIDENCE_SCHEMA, problems);
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

    /** The kind named at {@code p}, or null (reported) when it names none. */
    private EvidenceKind readKind(
            Path file, JsonParser p, JsonLocation valueAt, List<Problem> problems)
            throws IOException {
        JsonNode value = mapper.readTree(p);
        EvidenceKind kind =
                value.isTextual() ? EvidenceKind.byFileName(value.textValue()).orElse(null) : null;
        if (kind == null) {
            problems.add(
                    at(
                            file,
                            "/kind",
                            valueAt,
                            "未知的证据种类 "
                                    + (value.isTextual() ? value.textValue() : value)
                                    + "（可用："
                                    + String.join(
                                            "、",
                                            Stream.of(EvidenceKind.values())
                                                    .map(EvidenceKind::fileName)
                                                    .toList())
                                    + "）"));
        }
        return kind;
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
            TakenRecords taken,
            List<Problem> problems)
            throws IOException {
        ObjectReader direct = mapper.readerFor(kind.type());
        for (int index = 0; p.nextToken() != JsonToken.END_ARRAY; index++) {
            JsonLocation start = p.currentTokenLocation();
            String pointer = LocatedJson.child("/records", index);
            if (p.currentToken() != JsonToken.START_OBJECT) {
                problems.add(at(file, pointer, start, "记录应为 JSON 对象"));
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
                int before = problems.size();
                try (JsonParser again =
                        new ShiftedLocations(mapper.createParser(recordText), start)) {
                    again.nextToken();
                    LocatedJson json = JsonObjectFile.readLocated(file, pointer, again, problems);
                    record =
                            binder.bind(
                                    json.root(),
                                    Locator.inJson(file, pointer, json),
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
    private void readLedger(Path file, TakenRecords taken, List<Problem> problems) {
        for (LedgerRecords.Row row : LedgerRecords.read(file, problems)) {
            int before = problems.size();
            Evidence record =
                    binder.bind(
                            row.json(),
                            Locator.inTable(file, row.at()),
                            row.unreadable(),
                            row.kind().type(),
                            problems);
            if (problems.size() == before && row.unreadable().isEmpty()) {
                taken.add(record, new RecordSource(file, row.at()), problems);
            }
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
}
