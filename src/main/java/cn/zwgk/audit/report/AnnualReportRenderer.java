package cn.zwgk.audit.report;

import static cn.zwgk.audit.report.WordDocument.BODY_FONT;
import static cn.zwgk.audit.report.WordDocument.DOCUMENT_SIZE;
import static cn.zwgk.audit.report.WordDocument.SMALL_SIZE;
import static cn.zwgk.audit.report.WordDocument.TITLE_FONT;
import static cn.zwgk.audit.report.WordDocument.TITLE_SIZE;

import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * {@code annual-report.docx}: the {@link AnnualReportDraft} as a Word document on A4 portrait with
 * the margins of official documents, the text in 三号, Tables 2 to 4 in 小五 laid out as the national
 * format prints them, every 【待填写】 gap highlighted.
 */
final class AnnualReportRenderer implements Renderer {
    /** Table 2: 信息内容, then up to three count columns. */
    private static final int[] TABLE2_WIDTHS = {2647, 2066, 2066, 2066};

    /** Table 3: three label columns (part, outcome, reason), then seven count columns. */
    private static final int[] TABLE3_WIDTHS = {560, 1105, 2000, 740, 740, 740, 740, 740, 740, 740};

    /** Table 4: fifteen count columns in one row. */
    private static final int[] TABLE4_WIDTHS = {
        590, 590, 590, 590, 590, 590, 590, 590, 590, 590, 590, 590, 590, 590, 585
    };

    /** Twips: two characters of 三号, the first-line indent of running text. */
    private static final int INDENT = 640;

    @Override
    public String format() {
        return "annual-docx";
    }

    @Override
    public String fileName() {
        return "annual-report.docx";
    }

    @Override
    public byte[] render(AuditReport report) throws IOException {
        AnnualReportDraft draft = AnnualReportDraft.of(report);
        WordDocument.Page page = WordDocument.Page.OFFICIAL;
        List<PrintedTable> tables = PrintedTable.annual(report.statistics());
        try (XWPFDocument doc = WordDocument.create(page)) {
            WordDocument.paragraph(
                            doc,
                            draft.title(),
                            TITLE_FONT,
                            TITLE_SIZE,
                            true,
                            ParagraphAlignment.CENTER)
                    .setSpacingAfter(400);
            for (AnnualReportDraft.Block block : draft.blocks()) {
                if (block instanceof AnnualReportDraft.Heading h) {
                    XWPFParagraph heading =
                            WordDocument.paragraph(
                                    doc,
                                    h.text(),
                                    h.level() == 1 ? TITLE_FONT : BODY_FONT,
                                    DOCUMENT_SIZE,
                                    true,
                                    ParagraphAlignment.LEFT);
                    heading.setIndentationFirstLine(INDENT);
                    // A heading stays on the page of what it heads, a table above all.
                    heading.getCTPPr().addNewKeepNext();
                } else if (block instanceof AnnualReportDraft.Paragraph p) {
                    paragraph(doc, p);
                } else if (block instanceof AnnualReportDraft.Table t) {
                    WordDocument.table(
                            doc, tables.get(t.number() - 2), widths(t), SMALL_SIZE, page);
                }
            }
            OoxmlPackage.describe(doc, report, draft.title());
            return OoxmlPackage.write(doc, report.asOf());
        }
    }

    private static int[] widths(AnnualReportDraft.Table table) {
        return switch (table.number()) {
            case 2 -> TABLE2_WIDTHS;
            case 3 -> TABLE3_WIDTHS;
            default -> TABLE4_WIDTHS;
        };
    }

    private static void paragraph(XWPFDocument doc, AnnualReportDraft.Paragraph p) {
        XWPFParagraph written =
                WordDocument.paragraph(
                        doc,
                        p.text(),
                        BODY_FONT,
                        DOCUMENT_SIZE,
                        false,
                        p.style() == AnnualReportDraft.Style.SIGNATURE
                                ? ParagraphAlignment.RIGHT
                                : ParagraphAlignment.BOTH);
        if (p.style() != AnnualReportDraft.Style.SIGNATURE) {
            written.setIndentationFirstLine(INDENT);
        }
    }
}
