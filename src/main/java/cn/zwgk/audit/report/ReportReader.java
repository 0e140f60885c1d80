package cn.zwgk.audit.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a {@code report.json} back into the model, e.g. to compare two runs. */
public final class ReportReader {
    /**
     * Fields a later version adds are ignored, so older and newer reports of one schema still
     * compare.
     */
    private static final ObjectReader READER =
            JsonRenderer.MAPPER
                    .readerFor(AuditReport.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ReportReader() {}

    /**
     * @throws IOException when the file cannot be read, is not JSON, or is not a report of one of
     *     the {@link AuditReport#READABLE_SCHEMAS}
     */
    public static AuditReport read(Path file) throws IOException {
        AuditReport report;
        try {
            report = READER.readValue(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            // Jackson's own text names Java classes; the reader needs the place and the reason.
            JsonLocation at = e.getLocation();
            String where =
                    at == null ? "" : "第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列：";
            if (e instanceof JsonMappingException m
                    && !(e instanceof com.fasterxml.jackson.core.JsonParseException)) {
                String field =
                        m.getPath().stream()
                                .map(
                                        r ->
                                                r.getFieldName() != null
                                                        ? r.getFieldName()
                                                        : String.valueOf(r.getIndex()))
                                .collect(java.util.stream.Collectors.joining("/"));
                throw new IOException(
                        where
                                + (field.isEmpty() ? "内容" : "字段 " + field + " ")
                                + "与报告格式不符（不是 zwgk 生成的 report.json？）",
                        e);
            }
            throw new IOException(where + "JSON 格式错误", e);
        }
        // A JSON object without "schema" is not a report either (List.of(…).contains(null) throws).
        if (report == null
                || report.schema() == null
                || !AuditReport.READABLE_SCHEMAS.contains(report.schema())) {
            throw new IOException(
                    "不是 "
                            + AuditReport.SCHEMA
                            + " 格式的报告（schema 为 "
                            + (report == null || report.schema() == null ? "空" : report.schema())
                            + "）");
        }
        if (report.tasks() == null || report.manifest() == null) {
            throw new IOException("报告缺少 tasks 或 manifest");
        }
        return report;
    }
}
