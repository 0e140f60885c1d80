package cn.zwgk.audit.report;

import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * {@code appendix.docx}: the appendix a bureau pastes into its 政府信息公开工作年度报告. A title with the
 * organisation and year, then the seed table as the catalog orders and words it (序号, 任务内容, 牵头单位,
 * 责任单位, 时间节点) with 完成情况 and 说明; A4 landscape, Chinese fonts named for East Asian text, the header
 * row repeated on every page; then the annual report's Tables 2 to 4 laid out as the national
 * format prints them ({@link PrintedTable}). The body holds no English: the manifest goes into the
 * document properties (文件 › 属性 › 自定义), where it travels with the file without being pasted into the
 * annual report.
 */
final class AppendixRenderer implements Renderer {
    static final String BODY_FONT = "宋体";
    static final String TITLE_FONT = "黑体";
    static final List<String> COLUMNS = List.of("序号", "任务内容", "牵头单位", "责任单位", "时间节点", "完成情况", "说明");

    /** 任务内容 and 说明 are running text; the short columns are centred. */
    private static final List<Integer> LEFT_ALIGNED = List.of(1, 6);

    /** A4 landscape and 2 cm margins, in twentieths of a point. */
    private static final int PAGE_LONG = 16838;

    private static final int PAGE_SHORT = 11906;
    private static final int MARGIN = 1134;

    /** Column widths in twips; they add up to the text width, {@code PAGE_LONG - 2 * MARGIN}. */
    private static final int[] WIDTHS = {700, 3900, 1300, 1500, 1300, 1100, 4770};

    /**
     * The statistics tables, the same text width: Table 2 a label and a count; Table 3 its three
     * label columns (part, outcome, reason), then seven count columns; Table 4 fifteen count
     * columns in one row, as the format prints it, in 小五 so that 结果维持 and the like fit on one line.
     */
    private static final int[] TABLE2_WIDTHS = {6170, 8400};

    private static final int[] TABLE3_WIDTHS = {
        1400, 2400, 3370, 1057, 1057, 1057, 1057, 1057, 1057, 1058
    };
    private static final int[] TABLE4_WIDTHS = {
        971, 971, 971, 971, 971, 971, 971, 971, 971, 971, 971, 971, 971, 971, 976
    };

    /**
     * Half-points: 五号 (10.5 pt) for the table, 小二 (18 pt) for the title, 四号 (14 pt) for the
     * subtitle.
     */
    private static final int BODY_SIZE = 21;

    /** Half-points: 小五 (9 pt), for Table 4's fifteen narrow columns. */
    private static final int SMALL_SIZE = 18;

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
            paragraph(
                    doc,
                    "（依据《" + report.catalogTitle() + "》，截至" + chineseDate(report.asOf()) + "）",
                    BODY_FONT,
                    SUBTITLE_SIZE,
                    false);
            table(
                    doc,
                    PrintedTable.flat(
                            COLUMNS,
                            report.tasks().stream()
                                    .map(
                                            t ->
                                                    List.of(
                                                            String.valueOf(t.number()),
                                                            t.content(),
                                                            t.leadUnits(),
                                                            t.responsibleUnits(),
                                                            t.deadlineText(),
                                                            t.state().label(),
                                                            t.explanation()))
                                    .toList(),
                            LEFT_ALIGNED),
                    WIDTHS,
                    BODY_SIZE);
            note(
                    doc,
                    "注：完成情况依据截至"
                            + chineseDate(report.asOf())
                            + "的工作台账逐项判定；"
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

    private static XWPFParagraph paragraph(
            XWPFDocument doc, String text, String font, int size, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(200);
        text(p.createRun(), text, font, size, bold);
        return p;
    }

    private static void note(XWPFDocument doc, String text) {
        text(doc.createParagraph().createRun(), text, BODY_FONT, BODY_SIZE, false);
    }

    /** The annual report's tables in the printed form of the national format. */
    private static void annualTables(XWPFDocument doc, AuditReport.AnnualTables tables) {
        if (tables == null) {
            return;
        }
        paragraph(
                doc,
                tables.reportYear() + "年度政府信息公开工作年度报告统计表（" + tables.layout() + "）",
                TITLE_FONT,
                SUBTITLE_SIZE,
                true);
        note(doc, tables.basis());
        List<PrintedTable> printed = PrintedTable.annual(tables);
        grid(doc, tables.decisions(), printed.get(0), TABLE2_WIDTHS, BODY_SIZE);
        grid(doc, tables.applications(), printed.get(1), TABLE3_WIDTHS, BODY_SIZE);
        if (!tables.unplacedApplications().isEmpty()) {
            note(
                    doc,
                    "未能计入表三的办理记录 "
                            + tables.unplacedApplications().size()
                            + " 件："
                            + AuditReport.UnplacedRecord.listed(tables.unplacedApplications())
                            + "。");
        }
        grid(doc, tables.reviews(), printed.get(2), TABLE4_WIDTHS, SMALL_SIZE);
    }

    private static void grid(
            XWPFDocument doc,
            AuditReport.StatisticsGrid grid,
            PrintedTable printed,
            int[] widths,
            int halfPoints) {
        // The title stays on the page its table starts on.
        paragraph(doc, grid.title(), TITLE_FONT, BODY_SIZE, true).getCTPPr().addNewKeepNext();
        table(doc, printed, widths, halfPoints);
    }

    /**
     * A Word table of the printed form: a span across columns is one cell with gridSpan, a span
     * down rows a cell whose vMerge continues in the rows below; the header rows repeat on every
     * page and no row is split across pages (a row read across a page break is easily misread).
     */
    private static void table(
            XWPFDocument doc, PrintedTable printed, int[] widths, int halfPoints) {
        List<List<PrintedTable.Placed>> rows = printed.placed();
        XWPFTable table = doc.createTable(rows.size(), 1);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth(String.valueOf(PAGE_LONG - 2 * MARGIN));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid =
                table.getCTTbl().getTblGrid() != null
                        ? table.getCTTbl().getTblGrid()
                        : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            row.setRepeatHeader(r < printed.header().size());
            int made = 0;
            for (int c = 0; c < printed.width(); c++) {
                PrintedTable.Placed placed = rows.get(r).get(c);
                if (!placed.firstColumn()) {
                    continue;
                }
                XWPFTableCell cell = made == 0 ? row.getCell(0) : row.addNewTableCell();
                made++;
                PrintedTable.Cell printedCell = placed.cell();
                int width = 0;
                for (int i = 0; i < printedCell.columns(); i++) {
                    width += widths[c + i];
                }
                cell.setWidth(String.valueOf(width));
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                var tcPr =
                        cell.getCTTc().isSetTcPr()
                                ? cell.getCTTc().getTcPr()
                                : cell.getCTTc().addNewTcPr();
                if (printedCell.columns() > 1) {
                    tcPr.addNewGridSpan().setVal(BigInteger.valueOf(printedCell.columns()));
                }
                if (printedCell.rows() > 1) {
                    tcPr.addNewVMerge()
                            .setVal(placed.firstRow() ? STMerge.RESTART : STMerge.CONTINUE);
                }
                boolean heading = printedCell.role() == PrintedTable.Role.HEADING;
                if (heading) {
                    cell.setColor("D9D9D9");
                }
                write(
                        cell,
                        placed.firstRow() ? printedCell.text() : "",
                        heading ? TITLE_FONT : BODY_FONT,
                        halfPoints,
                        heading,
                        printedCell.role() != PrintedTable.Role.LABEL);
            }
        }
    }

    /**
     * The cell's text as written: each line of it a paragraph of its own (时间节点 of task 30 has two).
     */
    private static void write(
            XWPFTableCell cell,
            String value,
            String font,
            int halfPoints,
            boolean bold,
            boolean centred) {
        List<String> lines = value.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            p.setAlignment(centred ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            text(p.createRun(), lines.get(i), font, halfPoints, bold);
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

    /**
     * The font for every script, East Asian named explicitly: Word picks Chinese glyphs by
     * eastAsia.
     */
    private static CTFonts fonts(String name) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setEastAsia(name);
        fonts.setAscii(name);
        fonts.setHAnsi(name);
        fonts.setCs(name);
        return fonts;
    }
}
