package cn.zwgk.audit.evidence;

import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.facts.EvidenceKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes records as evidence files, one per kind ({@code <kind>.json}), in the form the loader
 * reads: fields in the record's order, absent values left out, dates as {@code YYYY-MM-DD}, times
 * with their offset, indented two spaces as the sample evidence is.
 */
public final class EvidenceWriter {
    private EvidenceWriter() {}

    private static final ObjectMapper MAPPER = mapper();
    private static final ObjectWriter WRITER =
            MAPPER.writer(
                    new DefaultPrettyPrinter()
                            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                            .withSeparators(
                                    Separators.createDefaultInstance()
                                            .withObjectFieldValueSpacing(
                                                    Separators.Spacing.AFTER)));

    private static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /** A record as a JSON object of an evidence file. */
    public static ObjectNode tree(Evidence record) {
        return MAPPER.valueToTree(record);
    }

    /**
     * The file name and UTF-8 bytes of each kind's evidence file, in the order of {@link
     * EvidenceKind}.
     */
    public static Map<String, byte[]> files(List<? extends Evidence> records) {
        Map<EvidenceKind, List<Evidence>> byKind = new LinkedHashMap<>();
        for (EvidenceKind kind : EvidenceKind.values()) {
            List<Evidence> ofKind = new ArrayList<>();
            records.stream().filter(r -> EvidenceKind.of(r) == kind).forEach(ofKind::add);
            if (!ofKind.isEmpty()) {
                byKind.put(kind, ofKind);
            }
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        byKind.forEach(
                (kind, ofKind) -> {
                    Map<String, Object> file = new LinkedHashMap<>();
                    file.put("schema", EvidenceLoader.EVIDENCE_SCHEMA);
                    file.put("kind", kind.fileName());
                    file.put("records", ofKind);
                    try {
                        files.put(
                                kind.fileName() + ".json",
                                (WRITER.writeValueAsString(file) + "\n")
                                        .getBytes(StandardCharsets.UTF_8));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException(
                                "records of " + kind + " cannot be written as JSON", e);
                    }
                });
        return files;
    }
}
