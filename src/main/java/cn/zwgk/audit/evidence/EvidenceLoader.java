package cn.zwgk.audit.evidence;

import cn.zwgk.audit.facts.AuditProfile;
import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.facts.EvidenceKind;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads an evidence folder into typed records and refuses it, with every problem at once, when
 * anything is wrong: a report built on half-understood evidence would claim more than it knows.
 *
 * <p>The folder holds {@code profile.json} and any number of evidence files, each
 * <pre>{"schema": "zwgk-evidence/1", "kind": "interpretation", "records": [ {...}, ... ]}</pre>
 * Markdown files are notes for people and are not read.
 */
public final class EvidenceLoader {
    public static final String PROFILE_FILE = "profile.json";
    public static final String EVIDENCE_SCHEMA = "zwgk-evidence/1";
    public static final String PROFILE_SCHEMA = "zwgk-profile/1";

    private final ObjectMapper mapper = Json.strictMapper();

    public EvidenceSet load(Path folder) throws EvidenceException {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            throw new EvidenceException(List.of(new Problem(folder, "", 0, 0, "证据目录不存在或不是目录")));
        }
        List<Path> files = listFiles(folder, problems);
        Path profileFile = folder.resolve(PROFILE_FILE);
        AuditProfile profile = null;
        if (!Files.isRegularFile(profileFile)) {
            problems.add(new Problem(profileFile, "", 0, 0, "缺少审计配置文件 " + PROFILE_FILE));
        } else {
            profile = readProfile(profileFile, problems);
        }
        List<Evidence> records = new ArrayList<>();
        Map<String, RecordSource> sources = new LinkedHashMap<>();
        for (Path file : files) {
            if (!file.equals(profileFile) && file.toString().endsWith(".json")) {
                readEvidenceFile(file, records, sources, problems);
            }
        }
        if (profile != null) {
            checkUnits(profile, records, sources, problems);
        }
        checkReferences(records, sources, problems);
        if (!problems.isEmpty()) {
            throw new EvidenceException(problems);
        }
        return new EvidenceSet(folder, profile, List.copyOf(records), sources, files);
    }

    private static List<Path> listFiles(Path folder, List<Problem> problems) throws EvidenceException {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".json") && !name.endsWith(".md")) {
                    problems.add(new Problem(file, "", 0, 0, "不支持的文件类型：证据文件应为 .json"));
                }
            }
            return files;
        } catch (IOException e) {
            throw new EvidenceException(List.of(new Problem(folder, "", 0, 0, "无法读取证据目录：" + e.getMessage())));
        }
    }

    private AuditProfile readProfile(Path file, List<Problem> problems) {
        try (JsonParser p = mapper.createParser(file.toFile())) {
            JsonNode schema = mapper.readTree(file.toFile()).path("schema");
            if (!PROFILE_SCHEMA.equals(schema.asText())) {
                problems.add(new Problem(file, "/schema", 0, 0,
                        "schema 应为 \"" + PROFILE_SCHEMA + "\"，实为 " + schema));
            }
            p.nextToken();
            RecordReading reading = new RecordReading(file, "", p.currentLocation(), problems, Set.of("schema"));
            AuditProfile profile = reading.read(p, mapper.readerFor(AuditProfile.class));
            if (profile != null) {
                checkProfile(file, profile, problems);
            }
            if (p.nextToken() != null) {
                problems.add(at(file, "", p.currentTokenLocation(), "JSON 对象之后还有多余内容"));
            }
            return reading.ok() ? profile : null;
        } catch (JsonProcessingException e) {
            problems.add(syntaxProblem(file, e));
        } catch (IOException e) {
            problems.add(new Problem(file, "", 0, 0, "无法读取文件：" + e.getMessage()));
        }
        return null;
    }

    private static void checkProfile(Path file, AuditProfile profile, List<Problem> problems) {
        if (profile.auditYear() != null && (profile.auditYear() < 2000 || profile.auditYear() > 2100)) {
            problems.add(new Problem(file, "/auditYear", 0, 0, "审计年度 " + profile.auditYear() + " 不合理"));
        }
        if (profile.units() != null) {
            if (profile.units().isEmpty()) {
                problems.add(new Problem(file, "/units", 0, 0, "至少应列出一个单位"));
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < profile.units().size(); i++) {
                String unit = profile.units().get(i);
                if (unit == null || unit.isBlank()) {
                    problems.add(new Problem(file, "/units/" + i, 0, 0, "单位名称为空"));
                } else if (!seen.add(unit)) {
                    problems.add(new Problem(file, "/units/" + i, 0, 0, "单位 " + unit + " 重复"));
                }
            }
        }
    }

    private void readEvidenceFile(Path file, List<Evidence> records, Map<String, RecordSource> sources,
            List<Problem> problems) {
        try (JsonParser p = mapper.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.add(at(file, "", p.currentLocation(), "证据文件应为 JSON 对象"));
                return;
            }
            EvidenceKind kind = null;
            boolean sawKind = false;
            boolean sawSchema = false;
            boolean sawRecords = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "schema" -> {
                        sawSchema = true;
                        if (value != JsonToken.VALUE_STRING || !EVIDENCE_SCHEMA.equals(p.getText())) {
                            problems.add(at(file, "/schema", p.currentTokenLocation(),
                                    "schema 应为 \"" + EVIDENCE_SCHEMA + "\""));
                        }
                    }
                    case "kind" -> {
                        sawKind = true;
                        kind = value == JsonToken.VALUE_STRING ? EvidenceKind.byFileName(p.getText()).orElse(null) : null;
                        if (kind == null) {
                            problems.add(at(file, "/kind", p.currentTokenLocation(),
                                    "未知的证据种类 " + p.getText() + "（可用：" + kindNames() + "）"));
                        }
                    }
                    case "records" -> {
                        sawRecords = true;
                        if (!sawKind) {
                            problems.add(at(file, "/records", p.currentTokenLocation(), "\"kind\" 应写在 \"records\" 之前"));
                            p.skipChildren();
                        } else if (value != JsonToken.START_ARRAY) {
                            problems.add(at(file, "/records", p.currentTokenLocation(), "records 应为数组"));
                            p.skipChildren();
                        } else if (kind == null) {
                            p.skipChildren();
                        } else {
                            readRecords(file, kind, p, records, sources, problems);
                        }
                    }
                    default -> {
                        problems.add(at(file, "/" + field, p.currentTokenLocation(), "未知字段 " + field));
                        p.skipChildren();
                    }
                }
            }
            if (!sawSchema) {
                problems.add(new Problem(file, "/schema", 1, 1, "缺少 schema 字段"));
            }
            if (!sawKind) {
                problems.add(new Problem(file, "/kind", 1, 1, "缺少 kind 字段"));
            }
            if (!sawRecords) {
                problems.add(new Problem(file, "/records", 1, 1, "缺少 records 字段"));
            }
            if (p.nextToken() != null) {
                problems.add(at(file, "", p.currentTokenLocation(), "JSON 对象之后还有多余内容"));
            }
        } catch (JsonProcessingException e) {
            problems.add(syntaxProblem(file, e));
        } catch (IOException e) {
            problems.add(new Problem(file, "", 0, 0, "无法读取文件：" + e.getMessage()));
        }
    }

    private void readRecords(Path file, EvidenceKind kind, JsonParser p, List<Evidence> records,
            Map<String, RecordSource> sources, List<Problem> problems) throws IOException {
        ObjectReader reader = mapper.readerFor(kind.type());
        JsonStreamContext array = p.getParsingContext();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String pointer = "/records/" + index++;
            JsonLocation start = p.currentTokenLocation();
            if (p.currentToken() != JsonToken.START_OBJECT) {
                problems.add(at(file, pointer, start, "记录应为 JSON 对象"));
                p.skipChildren();
                continue;
            }
            RecordReading reading = new RecordReading(file, pointer, start, problems, Set.of());
            Evidence record = reading.read(p, reader);
            // A failed read leaves the parser inside the record; resume at the next one.
            while (p.getParsingContext() != array && p.nextToken() != null) {
                p.skipChildren();
            }
            if (record == null || !reading.ok()) {
                continue;
            }
            RecordSource source = new RecordSource(file, pointer, start.getLineNr(), start.getColumnNr());
            for (Evidence.FieldProblem fp : record.selfCheck()) {
                problems.add(source.problem("/" + fp.field(), fp.reason()));
            }
            RecordSource first = sources.putIfAbsent(record.id(), source);
            if (first != null) {
                problems.add(source.problem("/id", "编号 " + record.id() + " 重复，首次出现于 "
                        + first.file() + ":" + first.line() + ":" + first.column()));
                continue;
            }
            records.add(record);
        }
    }

    private static void checkUnits(AuditProfile profile, List<Evidence> records, Map<String, RecordSource> sources,
            List<Problem> problems) {
        if (profile.units() == null) {
            return;
        }
        Set<String> units = Set.copyOf(profile.units().stream().filter(u -> u != null).toList());
        for (Evidence record : records) {
            List<String> named = record.units();
            for (int i = 0; i < named.size(); i++) {
                if (!units.contains(named.get(i))) {
                    String field = named.size() == 1 && !(record instanceof cn.zwgk.audit.facts.PublicityActivity)
                            ? "/unit" : "/units/" + i;
                    problems.add(sources.get(record.id()).problem(field,
                            "单位 " + named.get(i) + " 不在审计配置的单位列表中"));
                }
            }
        }
    }

    private static void checkReferences(List<Evidence> records, Map<String, RecordSource> sources,
            List<Problem> problems) {
        Map<String, Evidence> byId = new LinkedHashMap<>();
        records.forEach(r -> byId.put(r.id(), r));
        for (Evidence record : records) {
            record.references().forEach((field, ref) -> {
                Evidence target = byId.get(ref.id());
                if (target == null) {
                    problems.add(sources.get(record.id()).problem("/" + field,
                            "引用的" + ref.kind().label() + " " + ref.id() + " 不存在"));
                } else if (!ref.kind().type().isInstance(target)) {
                    problems.add(sources.get(record.id()).problem("/" + field, "引用的 " + ref.id() + " 是"
                            + EvidenceKind.of(target).label() + "，应为" + ref.kind().label()));
                }
            });
        }
    }

    private static String kindNames() {
        return String.join("、", Stream.of(EvidenceKind.values()).map(EvidenceKind::fileName).toList());
    }

    private static Problem at(Path file, String pointer, JsonLocation location, String reason) {
        return new Problem(file, pointer, location.getLineNr(), location.getColumnNr(), reason);
    }

    private static Problem syntaxProblem(Path file, JsonProcessingException e) {
        JsonLocation location = e.getLocation() == null ? JsonLocation.NA : e.getLocation();
        return new Problem(file, "", Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0),
                "JSON 格式错误：" + e.getOriginalMessage());
    }

    /**
     * Reads one object, collecting every unknown field, the first type error, and every missing
     * required field, each with its own pointer and position.
     */
    private static final class RecordReading extends DeserializationProblemHandler {
        private final Path file;
        private final String pointer;
        private final JsonLocation start;
        private final List<Problem> problems;
        private final int problemsBefore;
        private final Set<String> envelopeFields;

        RecordReading(Path file, String pointer, JsonLocation start, List<Problem> problems,
                Set<String> envelopeFields) {
            this.envelopeFields = envelopeFields;
            this.file = file;
            this.pointer = pointer;
            this.start = start;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        boolean ok() {
            return problems.size() == problemsBefore;
        }

        <T> T read(JsonParser p, ObjectReader reader) throws IOException {
            try {
                T value = reader.withHandler(this).readValue(p);
                for (String missing : RequiredFields.missing(value)) {
                    problems.add(at(file, pointer + missing, start, "缺少必填字段 " + missing.substring(1)));
                }
                return value;
            } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
                problems.add(MappingProblems.describe(file, pointer, e));
                return null;
            }
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
            JsonStreamContext context = p.getParsingContext();
            if (envelopeFields.contains(propertyName) && context.getParent().inRoot()) {
                p.skipChildren();
                return true;
            }
            if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
                context = context.getParent();
            }
            problems.add(at(file, context.pathAsPointer().toString(), p.currentTokenLocation(),
                    "未知字段 " + propertyName));
            p.skipChildren();
            return true;
        }
    }
}
