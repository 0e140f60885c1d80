package cn.zwgk.audit.report;

import cn.zwgk.audit.text.SafeText;
import cn.zwgk.audit.verdict.Labels;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * What the Word documents (the appendix and the annual report) share: the page, Chinese fonts named
 * for East Asian text, paragraphs whose 【待填写…】 gaps are highlighted so a writer finds them, and
 * tables drawn from their {@link PrintedTable} form.
 */
final class WordDocument {
    static final String BODY_FONT = "宋体";
    static final String TITLE_FONT = "黑体";

    /** Half-points: 五号 (10.5 pt). */
    static final int BODY_SIZE = 21;

    /** Half-points: 小五 (9 pt). */
    static final int SMALL_SIZE = 18;

    /** Half-points: 三号 (16 pt), for the text of official documents. */
    static final int DOCUMENT_SIZE = 32;

    /** Half-points: 四号 (14 pt). */
    static final int SUBTITLE_SIZE = 28;

    /** Half-points: 小二 (18 pt). */
    static final int TITLE_SIZE = 36;

    /** The colour gaps are marked with; Word's own name for it. */
    static final String GAP_HIGHLIGHT = "yellow";

    private static final Pattern GAP = Pattern.compile(Pattern.quote(Labels.GAP_START) + "[^】]*】");

    /**
     * A page: A4 in either orientation, and its margins, all in twentieths of a point.
     *
     * @param landscape whether the long side is horizontal
     */
    record Page(boolean landscape, int top, int bottom, int left, int right) {
        static final int A4_LONG = 16838;
        static final int A4_SHORT = 11906;

        /** A4 landscape, 2 cm all round: the task table's seven long columns need the width. */
        static final Page APPENDIX = new Page(true, 1134, 1134, 1134, 1134);

        /**
         * A4 portrait with the margins of 《党政机关公文格式》(GB/T 9704): top 37 mm, bottom 35 mm, left 28
         * mm, right 26 mm, a text block of 156 mm.
         */
        static final Page OFFICIAL = new Page(false, 2098, 1984, 1587, 1474);

        int width() {
            return landscape ? A4_LONG : A4_SHORT;
        }

        int height() {
            return landscape ? A4_SHORT : A4_LONG;
        }

        /** The width between the margins, which every table fills. */
        int textWidth() {
            return width() - left - right;
        }
    }

    private WordDocument() {}

    /** A document whose defaults are 宋体 and Chinese, on the page given. */
    static XWPFDocument create(Page page) {
        XWPFDocument doc = new XWPFDocument();
        var styles = doc.createStyles();
        styles.setDefaultFonts(fonts(BODY_FONT));
        styles.setEastAsia("zh-CN");
        styles.setSpellingLanguage("zh-CN");
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(page.width()));
        size.setH(BigInteger.valueOf(page.height()));
        size.setOrient(page.landscape() ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(page.top()));
        margins.setBottom(BigInteger.valueOf(page.bottom()));
        margins.setLeft(BigInteger.valueOf(page.left()));
        margins.setRight(BigInteger.valueOf(page.right()));
        // Required by the schema; Word's own defaults for the header and footer distance.
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
        margins.setGutter(BigInteger.ZERO);
        return doc;
    }

    /** A paragraph of one style; its gaps highlighted. */
    static XWPFParagraph paragraph(
            XWPFDocument doc,
            String text,
            String font,
            int halfPoints,
            boolean bold,
            ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        runs(p, text, font, halfPoints, bold);
        return p;
    }

    /**
     * The text as runs of one style, each 【待填写…】 gap a run of its own highlighted, so that a writer
     * finds every place still to be written (Word: 查找 › 突出显示).
     */
    static void runs(XWPFParagraph p, String text, String font, int halfPoints, boolean bold) {
        Matcher gap = GAP.matcher(text);
        int from = 0;
        while (gap.find()) {
            if (gap.start() > from) {
                run(p, text.substring(from, gap.start()), font, halfPoints, bold);
            }
            run(p, gap.group(), font, halfPoints, bold).setTextHighlightColor(GAP_HIGHLIGHT);
            from = gap.end();
        }
        if (from < text.length() || text.isEmpty()) {
            run(p, text.substring(from), font, halfPoints, bold);
        }
    }

    private static XWPFRun run(
            XWPFParagraph p, String text, String font, int halfPoints, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(SafeText.officeCell(text));
        var rPr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        rPr.addNewRFonts().set(fonts(font));
        run.setFontSize(halfPoints / 2.0);
        run.setBold(bold);
        return run;
    }

    /**
     * A Word table of the printed form, as wide as the text: a span across columns is one cell with
     * gridSpan, a span down rows a cell whose vMerge continues in the rows below; the header rows
     * repeat on every page and no row is split across pages (a row read across a page break is
     * easily misread).
     *
     * @param widths each grid column's width in twips, adding up to the page's text width
     */
    static void table(
            XWPFDocument doc, PrintedTable printed, int[] widths, int halfPoints, Page page) {
        List<List<PrintedTable.Placed>> rows = printed.placed();
        XWPFTable table = doc.createTable(rows.size(), 1);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth(String.valueOf(page.textWidth()));
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
            runs(p, lines.get(i), font, halfPoints, bold);
        }
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
