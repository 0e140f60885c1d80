package cn.zwgk.audit.report;

import cn.zwgk.audit.text.SafeText;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code findings.xlsx}: sheet 自查结果 holds the results ledger (header frozen, filter on), sheet
 * 经批准调整事项 the waivers with their status on the audit date, sheet 输入清单 the manifest. Every text cell
 * is a plain string cell, and evidence text is neutralised as in the CSV, so nothing in it can
 * become a formula.
 */
final class SpreadsheetRenderer implements Renderer {
    /** The sheet of the results ledger. */
    static final String RESULTS_SHEET = "自查结果";

    /** Column widths in characters, in {@link FindingRows#HEADER} order. */
    private static final int[] WIDTHS = {6, 40, 16, 10, 12, 60, 24};

    /** Column widths in characters, in {@link WaiverLines#HEADER} order. */
    private static final int[] WAIVER_WIDTHS = {10, 6, 16, 30, 60, 16, 24, 16};

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public String fileName() {
        return "findings.xlsx";
    }

    @Override
    public byte[] render(AuditReport report) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle header = headerStyle(book);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);

            XSSFSheet findings = book.createSheet(RESULTS_SHEET);
            write(findings, FindingRows.HEADER, header);
            List<List<Object>> rows = FindingRows.rows(report);
            for (List<Object> cells : rows) {
                write(findings, cells, wrap);
            }
            for (int i = 0; i < WIDTHS.length; i++) {
                findings.setColumnWidth(i, WIDTHS[i] * 256);
            }
            findings.createFreezePane(0, 1);
            findings.setAutoFilter(
                    new CellRangeAddress(0, rows.size(), 0, FindingRows.HEADER.size() - 1));

            // Always there, headed even when empty, so a program reading the workbook finds the
            // same sheets.
            XSSFSheet waivers = book.createSheet(WaiverLines.TITLE);
            write(waivers, WaiverLines.HEADER, header);
            for (List<Object> cells : WaiverLines.of(report)) {
                write(waivers, cells, wrap);
            }
            for (int i = 0; i < WAIVER_WIDTHS.length; i++) {
                waivers.setColumnWidth(i, WAIVER_WIDTHS[i] * 256);
            }
            waivers.createFreezePane(0, 1);

            XSSFSheet manifest = book.createSheet("输入清单");
            write(manifest, FindingRows.MANIFEST_HEADER, header);
            for (List<String> cells : FindingRows.manifest(report)) {
                write(manifest, cells, null);
            }
            manifest.setColumnWidth(0, 30 * 256);
            manifest.setColumnWidth(1, 36 * 256);
            manifest.setColumnWidth(2, 70 * 256);

            OoxmlPackage.describe(
                    book, report, report.organisation() + report.auditYear() + "年政务公开工作任务自查结果");
            return OoxmlPackage.write(book, report.asOf());
        }
    }

    private static void write(XSSFSheet sheet, List<?> cells, CellStyle style) {
        Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
        for (int i = 0; i < cells.size(); i++) {
            var cell = row.createCell(i);
            if (cells.get(i) instanceof Integer n) {
                cell.setCellValue(n);
            } else {
                // Every text cell, so no value taken from evidence can run as a formula, nor a
                // literal _xHHHH_ in it be shown as another character.
                cell.setCellValue(
                        SafeText.officeCell(
                                SafeText.spreadsheetString(
                                        SafeText.formula(String.valueOf(cells.get(i))))));
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static CellStyle headerStyle(XSSFWorkbook book) {
        Font bold = book.createFont();
        bold.setBold(true);
        CellStyle style = book.createCellStyle();
        style.setFont(bold);
        return style;
    }
}
