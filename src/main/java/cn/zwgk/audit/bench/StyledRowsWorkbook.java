package cn.zwgk.audit.bench;

import cn.zwgk.audit.facts.EvidenceKind;
import cn.zwgk.audit.ledger.LedgerFormat;
import cn.zwgk.audit.problem.Location;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The workbook of issue 19's "1M styled empty rows": one ledger sheet (依申请公开办理记录, its header row)
 * followed by rows that hold nothing but a fill style, as a sheet formatted down to the bottom
 * looks. Written as XML straight into the zip, a row at a time, so that a million rows never sit in
 * memory (a POI workbook would hold them all, which is what is measured on the reading side).
 */
final class StyledRowsWorkbook {
    private StyledRowsWorkbook() {}

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS =
            "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_RELS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String HEAD =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /** Writes the workbook: {@code rows} rows in all, the header row included. */
    static void write(Path file, long rows) throws IOException {
        EvidenceKind kind = EvidenceKind.APPLICATION;
        try (OutputStream bytes = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(bytes);
                Writer xml =
                        new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8))) {
            part(zip, xml, "[Content_Types].xml", CONTENT_TYPES);
            part(
                    zip,
                    xml,
                    "_rels/.rels",
                    relationships(DOC_RELS + "/officeDocument", "xl/workbook.xml", ""));
            part(
                    zip,
                    xml,
                    "xl/workbook.xml",
                    "<workbook xmlns=\""
                            + MAIN
                            + "\" xmlns:r=\""
                            + DOC_RELS
                            + "\"><sheets><sheet name=\""
                            + LedgerFormat.sheetName(kind)
                            + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(
                    zip,
                    xml,
                    "xl/_rels/workbook.xml.rels",
                    relationships(
                            DOC_RELS + "/worksheet",
                            "worksheets/sheet1.xml",
                            "<Relationship Id=\"rId2\" Type=\""
                                    + DOC_RELS
                                    + "/styles\" Target=\"styles.xml\"/>"));
            part(zip, xml, "xl/styles.xml", STYLES);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            xml.write(HEAD + "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\">");
            List<LedgerFormat.Column> columns = LedgerFormat.columns(kind);
            for (int i = 0; i < columns.size(); i++) {
                xml.write(
                        "<c r=\""
                                + Location.InTable.a1(i + 1, 1)
                                + "\" t=\"inlineStr\"><is><t>"
                                + columns.get(i).label()
                                + "</t></is></c>");
            }
            xml.write("</row>");
            for (long r = 2; r <= rows; r++) {
                // A row style and one styled blank cell: formatting, no value.
                xml.write(
                        "<row r=\""
                                + r
                                + "\" s=\"1\" customFormat=\"1\"><c r=\"A"
                                + r
                                + "\" s=\"1\"/></row>");
            }
            xml.write("</sheetData></worksheet>");
            xml.flush();
            zip.closeEntry();
        }
    }

    private static void part(ZipOutputStream zip, Writer xml, String name, String content)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        xml.write(HEAD + content);
        xml.flush();
        zip.closeEntry();
    }

    private static String relationships(String type, String target, String more) {
        return "<Relationships xmlns=\""
                + RELS
                + "\"><Relationship Id=\"rId1\" Type=\""
                + type
                + "\" Target=\""
                + target
                + "\"/>"
                + more
                + "</Relationships>";
    }

    private static final String CONTENT_TYPES =
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\""
                    + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>";

    /** Style 1: a solid yellow fill, as a person marks rows to fill in later. */
    private static final String STYLES =
            "<styleSheet xmlns=\""
                    + MAIN
                    + "\"><fonts count=\"1\"><font><sz val=\"11\"/><name"
                    + " val=\"Calibri\"/></font></fonts><fills count=\"3\"><fill><patternFill"
                    + " patternType=\"none\"/></fill><fill><patternFill"
                    + " patternType=\"gray125\"/></fill><fill><patternFill"
                    + " patternType=\"solid\"><fgColor"
                    + " rgb=\"FFFFFF00\"/></patternFill></fill></fills><borders"
                    + " count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs"
                    + " count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\""
                    + " borderId=\"0\"/></cellStyleXfs><cellXfs count=\"2\"><xf numFmtId=\"0\""
                    + " fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"0\""
                    + " fontId=\"0\" fillId=\"2\" borderId=\"0\" xfId=\"0\""
                    + " applyFill=\"1\"/></cellXfs></styleSheet>";
}
