package cn.zwgk.audit.bench;

import cn.zwgk.audit.evidence.EvidenceLoader;
import cn.zwgk.audit.evidence.EvidenceWriter;
import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.facts.EvidenceKind;
import cn.zwgk.audit.ledger.LedgerFiles;
import cn.zwgk.audit.problem.EvidenceException;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Deterministic synthetic evidence for one organisation: the records of a template folder (normally
 * sample-data/2020) replicated up to a requested record count, one JSON file per kind.
 *
 * <p>Kinds that an organisation has only a few of (annual reports, emergencies, open days...) keep
 * their template count; the remaining volume goes to the kinds that grow with an organisation's
 * work, in fixed shares ({@link #VOLUME_SHARES}). Copy {@code c > 0} of template record {@code X}
 * gets id {@code X-c}; its references point at copy {@code c} of their target when that exists,
 * else at the template record; text fields ending in {@code Number} get the suffix {@code -c}, and
 * {@link #DISTINCT_TEXT} fields a batch suffix; its unit is drawn (with the seed) from the units
 * the template kind uses, so every kind keeps its realistic unit mix; dates are the template's, so
 * every record stays valid for the loader.
 *
 * <p>The same template, size, seed and organisation give identical bytes.
 */
public final class EvidenceGenerator {
    /** Share of the volume above the template size, by kind. Sums to 1. */
    static final Map<EvidenceKind, Double> VOLUME_SHARES = new LinkedHashMap<>();

    static {
        VOLUME_SHARES.put(EvidenceKind.CREDIT_DISCLOSURE, 0.30);
        VOLUME_SHARES.put(EvidenceKind.OFFICIAL_DOCUMENT, 0.18);
        VOLUME_SHARES.put(EvidenceKind.APPLICATION, 0.15);
        VOLUME_SHARES.put(EvidenceKind.PLATFORM_USAGE, 0.10);
        VOLUME_SHARES.put(EvidenceKind.INTERPRETATION, 0.09);
        VOLUME_SHARES.put(EvidenceKind.POLICY, 0.05);
        VOLUME_SHARES.put(EvidenceKind.INSPECTION, 0.04);
        VOLUME_SHARES.put(EvidenceKind.PUBLIC_CONCERN, 0.03);
        VOLUME_SHARES.put(EvidenceKind.ATTRIBUTE_REVIEW, 0.03);
        VOLUME_SHARES.put(EvidenceKind.SERVICE_PUSH, 0.02);
        VOLUME_SHARES.put(EvidenceKind.PUBLICATION, 0.01);
    }

    /**
     * Text that names what a record is about. Copies get a batch suffix, so a bigger organisation
     * has more distinct subjects rather than ever more records about the same few (which would make
     * groups such as t07's "applications for the same information" grow with the volume). The
     * suffix is the same in every kind, so an application's information still matches the subject
     * of its conversion publication of the same batch.
     */
    static final Set<String> DISTINCT_TEXT = Set.of("requestedInformation", "subject", "title");

    private final Path templateFolder;
    private final ObjectMapper mapper = new ObjectMapper();

    public EvidenceGenerator(Path templateFolder) {
        this.templateFolder = templateFolder;
    }

    /** A template kind: the file it came from and its records. */
    private record Template(EvidenceKind kind, String fileName, List<ObjectNode> records) {}

    /** The number of records in the template folder: the smallest size this generator makes. */
    public int templateSize() throws IOException {
        return templates().stream().mapToInt(t -> t.records().size()).sum();
    }

    /**
     * Writes {@code records} records (at least {@link #templateSize()}) and a profile naming {@code
     * organisation} (the template's when null) into {@code out}, which is created.
     *
     * @return the number of records written
     */
    public long generate(Path out, long records, long seed, String organisation)
            throws IOException {
        return generate(out, records, seed, organisation, 0);
    }

    /**
     * As {@link #generate(Path, long, long, String)}, with the records of each kind spread over
     * several files so that there are about {@code files} evidence files in all (each kind at least
     * one, in proportion to its records; 0 for one file per kind), named {@code <kind>-NNNNN.json}:
     * how a bureau that keeps one file per document or per month hands its evidence over.
     */
    public long generate(Path out, long records, long seed, String organisation, long files)
            throws IOException {
        List<Template> templates = templates();
        long base = templates.stream().mapToInt(t -> t.records().size()).sum();
        if (records < base) {
            throw new IllegalArgumentException("记录数至少为模板的 " + base + " 条");
        }
        Map<EvidenceKind, Long> counts = new LinkedHashMap<>();
        long extra = records - base;
        long assigned = 0;
        EvidenceKind largest = null;
        for (Template t : templates) {
            double share = VOLUME_SHARES.getOrDefault(t.kind(), 0.0);
            long add = (long) Math.floor(extra * share);
            if (share > 0 && (largest == null || share > VOLUME_SHARES.get(largest))) {
                largest = t.kind();
            }
            counts.put(t.kind(), t.records().size() + add);
            assigned += add;
        }
        if (largest != null) {
            counts.merge(largest, extra - assigned, Long::sum); // rounding remainder
        }
        Files.createDirectories(out);
        ObjectNode profile =
                (ObjectNode) mapper.readTree(templateFolder.resolve("profile.json").toFile());
        if (organisation != null) {
            profile.put("organisation", organisation);
        }
        try (OutputStream os = Files.newOutputStream(out.resolve("profile.json"))) {
            mapper.writerWithDefaultPrettyPrinter().writeValue(os, profile);
        }
        // How many copies each kind has of each template record, to aim references at the same
        // copy.
        Map<String, Long> copiesById = new LinkedHashMap<>();
        for (Template t : templates) {
            long n = counts.get(t.kind());
            int size = t.records().size();
            for (int i = 0; i < size; i++) {
                long copies = n / size + (i < n % size ? 1 : 0);
                copiesById.put(t.records().get(i).path("id").asText(), copies);
            }
        }
        Random random = new Random(seed);
        long written = 0;
        for (Template t : templates) {
            long count = counts.get(t.kind());
            long parts = files <= 0 ? 1 : Math.max(1, Math.round((double) files * count / records));
            written +=
                    writeKind(
                            out, t, count, copiesById, random, Math.min(parts, Math.max(1, count)));
        }
        return written;
    }

    private long writeKind(
            Path out,
            Template t,
            long count,
            Map<String, Long> copiesById,
            Random random,
            long parts)
            throws IOException {
        List<String> units = new ArrayList<>();
        for (ObjectNode r : t.records()) {
            if (r.path("unit").isTextual() && !units.contains(r.get("unit").asText())) {
                units.add(r.get("unit").asText());
            }
        }
        Set<String> refFields = referenceFields(t.kind());
        for (long part = 0; part < parts; part++) {
            String name =
                    parts == 1
                            ? t.fileName()
                            : t.fileName()
                                    .replace(
                                            ".json",
                                            String.format(
                                                    java.util.Locale.ROOT, "-%05d.json", part));
            writePart(
                    out.resolve(name),
                    t,
                    part * count / parts,
                    (part + 1) * count / parts,
                    copiesById,
                    random,
                    units,
                    refFields);
        }
        return count;
    }

    /** Records {@code from} (inclusive) to {@code to} of a kind, as one evidence file. */
    private void writePart(
            Path file,
            Template t,
            long from,
            long to,
            Map<String, Long> copiesById,
            Random random,
            List<String> units,
            Set<String> refFields)
            throws IOException {
        int size = t.records().size();
        try (OutputStream os = Files.newOutputStream(file);
                JsonGenerator g = mapper.getFactory().createGenerator(os, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("schema", "zwgk-evidence/1");
            g.writeStringField("kind", t.kind().fileName());
            g.writeArrayFieldStart("records");
            for (long i = from; i < to; i++) {
                ObjectNode template = t.records().get((int) (i % size));
                long copy = i / size;
                if (copy == 0) {
                    mapper.writeTree(g, template);
                    continue;
                }
                ObjectNode record = template.deepCopy();
                record.put("id", template.get("id").asText() + "-" + copy);
                var names = record.fieldNames();
                List<String> fields = new ArrayList<>();
                names.forEachRemaining(fields::add);
                for (String field : fields) {
                    JsonNode value = record.get(field);
                    if (refFields.contains(field) && value.isTextual()) {
                        long targetCopies = copiesById.getOrDefault(value.asText(), 0L);
                        if (copy < targetCopies) {
                            record.set(field, TextNode.valueOf(value.asText() + "-" + copy));
                        }
                    } else if (field.endsWith("Number") && value.isTextual()) {
                        record.set(field, TextNode.valueOf(value.asText() + "-" + copy));
                    } else if (DISTINCT_TEXT.contains(field) && value.isTextual()) {
                        record.set(field, TextNode.valueOf(value.asText() + "（第" + copy + "批）"));
                    } else if (field.equals("unit") && value.isTextual() && units.size() > 1) {
                        record.set(
                                field, TextNode.valueOf(units.get(random.nextInt(units.size()))));
                    }
                }
                mapper.writeTree(g, record);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /**
     * Fields of a kind that name another record, found from the record type's {@code references()}.
     */
    private static Set<String> referenceFields(EvidenceKind kind) {
        Set<String> fields = new HashSet<>();
        switch (kind) {
            case ATTRIBUTE_REVIEW -> fields.add("document");
            case INTERPRETATION, PUBLIC_CONCERN -> fields.add("policy");
            default -> {}
        }
        return fields;
    }

    private List<Template> templates() throws IOException {
        List<Template> templates = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(templateFolder)) {
            files =
                    list.filter(f -> f.toString().endsWith(".json") || LedgerFiles.isLedger(f))
                            .filter(f -> !f.getFileName().toString().equals("profile.json"))
                            .sorted()
                            .toList();
        }
        for (Path file : files) {
            if (LedgerFiles.isLedger(file)) {
                templates.addAll(ledgerTemplates(file));
                continue;
            }
            JsonNode root = mapper.readTree(file.toFile());
            EvidenceKind kind =
                    EvidenceKind.byFileName(root.path("kind").asText())
                            .orElseThrow(() -> new IOException("未知的证据种类：" + file));
            List<ObjectNode> records = new ArrayList<>();
            root.path("records").forEach(r -> records.add((ObjectNode) r));
            if (!records.isEmpty()) {
                templates.add(new Template(kind, file.getFileName().toString(), records));
            }
        }
        return templates;
    }

    /**
     * A ledger's kinds as templates, each as if it came from its own JSON file {@code <kind>.json}.
     */
    private static List<Template> ledgerTemplates(Path ledger) throws IOException {
        List<Evidence> records;
        try {
            records = new EvidenceLoader().readFile(ledger);
        } catch (EvidenceException e) {
            throw new IOException(e.getMessage(), e);
        }
        Map<EvidenceKind, List<ObjectNode>> byKind = new LinkedHashMap<>();
        for (Evidence record : records) {
            byKind.computeIfAbsent(EvidenceKind.of(record), k -> new ArrayList<>())
                    .add(EvidenceWriter.tree(record));
        }
        List<Template> templates = new ArrayList<>();
        byKind.forEach(
                (kind, ofKind) ->
                        templates.add(new Template(kind, kind.fileName() + ".json", ofKind)));
        return templates;
    }
}
