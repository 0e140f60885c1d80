package cn.zwgk.audit.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * What a reader of each format sees, as plain text: markup removed and escapes undone, cells and
 * document properties listed. A new format must be added here, or the contract test fails for it.
 */
public final class RenderedText {
    private RenderedText() {}

    static String visible(String format, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return switch (format) {
            case "json" -> String.join("\n", strings(readJson(bytes), new ArrayList<>()));
            case "md" ->
                    unescapeHtml(
                            text.replace("<br>", "\n")
                                    .replace("<sub>", "")
                                    .replace("</sub>", "")
                                    .replaceAll("\\\\(.)", "$1"));
            case "html" -> unescapeHtml(text.replace("<br>", "\n").replaceAll("<[^>]*>", ""));
            case "csv" ->
                    String.join("\n", csvRecords(text).stream().flatMap(List::stream).toList());
            case "docx", "annual-docx" -> docx(bytes);
            case "annual-md" -> visible("md", bytes);
            case "xlsx" ->
                    String.join("\n", xlsxCells(bytes).stream().flatMap(List::stream).toList());
            default ->
                    throw new AssertionError(
                            "no text extraction for format " + format + ": add it to RenderedText");
        };
    }

    private static JsonNode readJson(byte[] bytes) {
        try {
            return JsonRenderer.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode node, List<String> into) {
        if (node.isValueNode()) {
            into.add(node.asText());
        }
        node.forEach(child -> strings(child, into));
        node.fieldNames().forEachRemaining(into::add);
        return into;
    }

    private static String unescapeHtml(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /**
     * RFC 4180 records (CRLF between records; quoted fields may hold CR, LF, commas and doubled
     * quotes).
     */
    public static List<List<String>> csvRecords(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        String s = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else if (c == '"' || c == '\r' || c == '\n') {
                throw new AssertionError("bare " + (int) c + " outside quotes at offset " + i);
            } else {
                field.append(c);
            }
        }
        if (quoted || field.length() > 0 || !record.isEmpty()) {
            throw new AssertionError("CSV does not end with CRLF after its last record");
        }
        return records;
    }

    /** Every sheet's rows, sheet after sheet, each cell as a string. */
    static List<List<String>> xlsxCells(byte[] bytes) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Sheet sheet : book) {
                rows.add(List.of(sheet.getSheetName()));
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        cells.add(format.formatCellValue(cell));
                    }
                    rows.add(cells);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The body's text, then the document properties and the evidence list part (where the appendix
     * keeps its manifest).
     */
    private static String docx(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            StringBuilder text = new StringBuilder(extractor.getText());
            POIXMLProperties properties = doc.getProperties();
            text.append('\n').append(properties.getCoreProperties().getTitle());
            for (CTProperty p :
                    properties.getCustomProperties().getUnderlyingProperties().getPropertyList()) {
                text.append('\n').append(p.getName()).append('\t').append(p.getLpwstr());
            }
            for (var part :
                    doc.getPackage()
                            .getPartsByName(
                                    java.util.regex.Pattern.compile(
                                            java.util.regex.Pattern.quote(
                                                    OoxmlPackage.EVIDENCE_PART)))) {
                try (var in = part.getInputStream()) {
                    text.append('\n').append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Word document's body in a stable, reviewable text form, for golden files: each paragraph a
     * line, its highlighted runs between {@code ==}; each table row a line of cells between {@code
     * |}, a cell spanning n columns marked {@code ⟨n⟩}, one continuing a merge down {@code ↑}, the
     * paragraphs of a cell joined by {@code /}.
     */
    static String docxOutline(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    out.append(runs(p)).append('\n');
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        out.append('|');
                        for (XWPFTableCell cell : row.getTableCells()) {
                            var tcPr = cell.getCTTc().getTcPr();
                            boolean continued =
                                    tcPr != null
                                            && tcPr.isSetVMerge()
                                            && tcPr.getVMerge().getVal() != STMerge.RESTART;
                            out.append(' ')
                                    .append(
                                            continued
                                                    ? "↑"
                                                    : String.join(
                                                            " / ",
                                                            cell.getParagraphs().stream()
                                                                    .map(RenderedText::runs)
                                                                    .toList()));
                            if (tcPr != null && tcPr.isSetGridSpan()) {
                                out.append(" ⟨").append(tcPr.getGridSpan().getVal()).append('⟩');
                            }
                            out.append(" |");
                        }
                        out.append('\n');
                    }
                    out.append('\n');
                }
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A paragraph's text, highlighted runs between {@code ==}. */
    private static String runs(XWPFParagraph p) {
        StringBuilder text = new StringBuilder();
        for (XWPFRun run : p.getRuns()) {
            boolean marked = run.isHighlighted();
            text.append(marked ? "==" : "").append(run.text()).append(marked ? "==" : "");
        }
        return text.toString();
    }

    /** The appendix body only: what is pasted into the annual report. */
    static String docxBody(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
