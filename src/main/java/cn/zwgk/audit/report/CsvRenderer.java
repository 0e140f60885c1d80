package cn.zwgk.audit.report;

import cn.zwgk.audit.text.SafeText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code findings.csv}: the findings ledger, then (each after a row of empty fields) the waivers
 * and the manifest. RFC 4180 (CRLF records, every record the same number of fields, quotes only
 * where needed) in UTF-8 with a byte-order mark, which is what makes Excel read the Chinese
 * correctly.
 */
final class CsvRenderer implements Renderer {
    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String fileName() {
        return "findings.csv";
    }

    @Override
    public byte[] render(AuditReport report) {
        int width = Math.max(FindingRows.HEADER.size(), WaiverLines.HEADER.size());
        StringBuilder csv = new StringBuilder(BOM);
        record(csv, FindingRows.HEADER, width);
        for (List<Object> row : FindingRows.rows(report)) {
            record(csv, row, width);
        }
        record(csv, List.of(), width);
        record(csv, List.of(WaiverLines.TITLE), width);
        record(csv, WaiverLines.HEADER, width);
        for (List<Object> row : WaiverLines.of(report)) {
            record(csv, row, width);
        }
        record(csv, List.of(), width);
        record(csv, List.of("输入清单"), width);
        record(csv, FindingRows.MANIFEST_HEADER, width);
        for (List<String> row : FindingRows.manifest(report)) {
            record(csv, row, width);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One record, padded with empty fields to {@code width}. */
    private static void record(StringBuilder csv, List<?> fields, int width) {
        List<Object> padded = new ArrayList<>(fields);
        padded.addAll(Collections.nCopies(width - fields.size(), ""));
        for (int i = 0; i < padded.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(SafeText.csv(String.valueOf(padded.get(i))));
        }
        csv.append(CRLF);
    }
}
