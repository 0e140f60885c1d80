package cn.zwgk.audit.report;

import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * {@code appendix.docx}: the appendix a bureau pastes into its 政府信息公开工作年度报告. A title with
 * the organisation and year, then the seed table as the catalog orders and words it (序号, 任务内容,
 * 牵头单位, 责任单位, 时间节点) with 完成情况 and 说明; A4 landscape, Chinese fonts named for
 * East Asian text, the header row repeated on every page. The body holds no English: the manifest
 * goes into the document properties (文件 › 属性 › 自定义), where it travels with the file without
 * being pasted into the annual report.
 */
final class AppendixRenderer implements Renderer {
    static final String BODY_FONT = "宋体";
    static final String TITLE_FONT = "黑体";
    static final List<String> COLUMNS = List.of("序号", "任务内容", "牵头单位", "责任单位", "时间节点", "完成情况", "说明");
    /** 任务内容 and 说明 are running text; the short columns are centred. */
    private static final Set<Integer> LEFT_ALIGNED = Set.of(1, 6);

    /** A4 landscape and 2 cm margins, in twentieths of a point. */
    private static final int PAGE_LONG = 16838;
    private static final int PAGE_SHORT = 11906;
    private static final int MARGIN = 1134;
    /** Column widths in twips; they add up to the text width, {@code PAGE_LONG - 2 * MARGIN}. */
    private static final int[] WIDTHS = {700, 3900, 1300, 1500, 1300, 1100, 4770};
    /** The statistics tables: a wide label column, then equal count columns; the same text width. */
    private static final int[] TABLE3_WIDTHS = {6170, 1200, 1200, 1200, 1200, 1200, 1200, 1200};
    private static final int[] TABLE4_WIDTHS = {3570, 2200, 2200, 2200, 2200, 2200};
    private static final int[] TABLE2_WIDTHS = {6170, 8400};
    /** Half-points: 五号 (10.5 pt) for the table, 小二 (18 pt) for the title, 四号 (14 pt) for the subtitle. */
    private static final int BODY_SIZE = 21;
    private static final int TITLE_SIZE = 36;
    private static final int SUBTITLE_SIZE = 28;

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public String fileName() {
        return "appendix.docx";
    }

    @Override
    public byte[] render(AuditReport report) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            defaults(doc);
            page(doc);
            String title = title(report);
            paragraph(doc, title, TITLE_FONT, TITLE_SIZE, true);
            paragraph(doc, "（依据《" + report.catalogTitle() + "》，截至" + chineseDate(report.asOf()) + "）",
                    BODY_FONT, SUBTITLE_SIZE, false);
            table(doc, COLUMNS, report.tasks().stream().map(t -> List.of(String.valueOf(t.number()), t.content(),
                    t.leadUnits(), t.responsibleUnits(), t.deadlineText(), t.state().label(), t.explanation())).toList(),
                    WIDTHS, LEFT_ALIGNED);
            note(doc, "注：完成情况依据截至" + chineseDate(report.asOf()) + "的工作台账逐项判定；"
                    + "“说明”列出判定所依据的数字与台账记录编号。");
            annualTables(doc, report.statistics());
            OoxmlPackage.describe(doc, report, title);
            return OoxmlPackage.write(doc, report.asOf());
        }
    }

    static String title(AuditReport report) {
        return report.organisation() + report.auditYear() + "年政务公开目标任务完成情况";
    }

    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** Document defaults, so even text without run properties is 宋体 and Chinese. */
    private static void defaults(XWPFDocument doc) {
        var styles = doc.createStyles();
        styles.setDefaultFonts(fonts(BODY_FONT));
        styles.setEastAsia("zh-CN");
        styles.setSpellingLanguage("zh-CN");
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_LONG));
        size.setH(BigInteger.valueOf(PAGE_SHORT));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        // Required by the schema; Word's own defaults for the header and footer distance.
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
        margins.setGutter(BigInteger.ZERO);
    }

    private static void paragraph(XWPFDocument doc, String text, String font, int size, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(200);
        text(p.createRun(), text, font, size, bold);
    }

    private static void note(XWPFDocument doc, String text) {
        text(doc.createParagraph().createRun(), text, BODY_FONT, BODY_SIZE, false);
    }

    /** The annual report's tables, each with its label column and one count column per column. */
    private static void annualTables(XWPFDocument doc, AuditReport.AnnualTables tables) {
        if (tables == null) {
            return;
        }
        paragraph(doc, tables.reportYear() + "年度政府信息公开工作年度报告统计表（" + tables.layout() + "）", TITLE_FONT,
                SUBTITLE_SIZE, true);
        note(doc, tables.basis());
        grid(doc, tables.decisions(), TABLE2_WIDTHS);
        grid(doc, tables.applications(), TABLE3_WIDTHS);
        if (!tables.unplacedApplications().isEmpty()) {
            note(doc, "未能计入表三的办理记录 " + tables.unplacedApplications().size() + " 件："
                    + AuditReport.UnplacedRecord.listed(tables.unplacedApplications()) + "。");
        }
        grid(doc, tables.reviews(), TABLE4_WIDTHS);
    }

    private static void grid(XWPFDocument doc, AuditReport.StatisticsGrid grid, int[] widths) {
        paragraph(doc, grid.title(), TITLE_FONT, BODY_SIZE, true);
        List<String> columns = new ArrayList<>();
        columns.add(grid.rowHeading());
        columns.addAll(grid.columns());
        table(doc, columns, grid.rows().stream().map(row -> {
            List<String> values = new ArrayList<>();
            values.add(row.label());
            row.values().forEach(v -> values.add(String.valueOf(v)));
            return values;
        }).toList(), widths, Set.of(0));
    }

    private static void table(XWPFDocument doc, List<String> columns, List<List<String>> rows, int[] widths,
            Set<Integer> leftAligned) {
        XWPFTable table = doc.createTable(rows.size() + 1, columns.size());
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth(String.valueOf(PAGE_LONG - 2 * MARGIN));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        // Rows are kept whole on a page: a task read across a page break is easily misread.
        for (int c = 0; c < columns.size(); c++) {
            XWPFTableCell cell = cell(header, c, widths);
            cell.setColor("D9D9D9");
            write(cell, columns.get(c), TITLE_FONT, true, true);
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            List<String> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                write(cell(row, c, widths), values.get(c), BODY_FONT, false, !leftAligned.contains(c));
            }
        }
    }

    private static XWPFTableCell cell(XWPFTableRow row, int column, int[] widths) {
        XWPFTableCell cell = row.getCell(column);
        cell.setWidth(String.valueOf(widths[column]));
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        return cell;
    }

    /** The cell's text as written: each line of it a paragraph of its own (时间节点 of task 30 has two). */
    private static void write(XWPFTableCell cell, String value, String font, boolean bold, boolean centred) {
        List<String> lines = value.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            p.setAlignment(centred ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            text(p.createRun(), lines.get(i), font, BODY_SIZE, bold);
        }
    }

    private static void text(XWPFRun run, String text, String font, int halfPoints, boolean bold) {
        run.setText(text);
        style(run, font, halfPoints, bold);
    }

    private static void style(XWPFRun run, String font, int halfPoints, boolean bold) {
        var rPr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        rPr.addNewRFonts().set(fonts(font));
        run.setFontSize(halfPoints / 2.0);
        run.setBold(bold);
    }

    /** The font for every script, East Asian named explicitly: Word picks Chinese glyphs by eastAsia. */
    private static CTFonts fonts(String name) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setEastAsia(name);
        fonts.setAscii(name);
        fonts.setHAnsi(name);
        fonts.setCs(name);
        return fonts;
    }
}
