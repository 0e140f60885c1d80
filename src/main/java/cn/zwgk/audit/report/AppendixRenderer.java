package cn.zwgk.audit.report;

import static cn.zwgk.audit.report.WordDocument.BODY_FONT;
import static cn.zwgk.audit.report.WordDocument.BODY_SIZE;
import static cn.zwgk.audit.report.WordDocument.SUBTITLE_SIZE;
import static cn.zwgk.audit.report.WordDocument.TITLE_FONT;
import static cn.zwgk.audit.report.WordDocument.TITLE_SIZE;

import cn.zwgk.audit.verdict.Labels;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * {@code appendix.docx}: the bureau's 自查表 for the district 政务公开办. A title with the organisation and
 * year, the overall result (完成 N 项、未完成 N 项…), then the seed table as the catalog orders and words
 * it (序号, 任务内容, 牵头单位, 责任单位, 时间节点) with 完成情况, 说明 and 整改措施; A4 landscape, the header row repeated on
 * every page. The annual report's tables are in {@code annual-report.docx}, not here. The body
 * holds no English and no rule names: the manifest goes into the document properties (文件 › 属性 ›
 * 自定义), where it travels with the file without being pasted anywhere. The approved exceptions
 * follow the table, each with its scope and approver.
 */
final class AppendixRenderer implements Renderer {
    static final List<String> COLUMNS =
            List.of("序号", "任务内容", "牵头单位", "责任单位", "时间节点", "完成情况", "说明", Labels.RECTIFICATION);

    /** 任务内容, 说明 and 整改措施 are running text; the short columns are centred. */
    private static final List<Integer> LEFT_ALIGNED = List.of(1, 6, 7);

    /**
     * Column widths in twips; they add up to the text width of {@link WordDocument.Page#APPENDIX}.
     */
    private static final int[] WIDTHS = {600, 3200, 1100, 1300, 1100, 1100, 3670, 2500};

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
        WordDocument.Page page = WordDocument.Page.APPENDIX;
        try (XWPFDocument doc = WordDocument.create(page)) {
            String title = title(report);
            WordDocument.paragraph(
                            doc, title, TITLE_FONT, TITLE_SIZE, true, ParagraphAlignment.CENTER)
                    .setSpacingAfter(200);
            WordDocument.paragraph(
                            doc,
                            "（依据《"
                                    + report.catalogTitle()
                                    + "》，截至"
                                    + Labels.date(report.asOf())
                                    + "）",
                            BODY_FONT,
                            SUBTITLE_SIZE,
                            false,
                            ParagraphAlignment.CENTER)
                    .setSpacingAfter(200);
            WordDocument.paragraph(
                    doc,
                    TaskText.overall(report) + "。",
                    BODY_FONT,
                    SUBTITLE_SIZE,
                    false,
                    ParagraphAlignment.LEFT);
            WordDocument.table(
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
                                                            TaskText.deadline(t),
                                                            t.state().label(),
                                                            t.explanation(),
                                                            TaskText.rectifications(t)))
                                    .toList(),
                            LEFT_ALIGNED),
                    WIDTHS,
                    BODY_SIZE,
                    page);
            WordDocument.paragraph(
                    doc,
                    "注：完成情况依据截至"
                            + Labels.date(report.asOf())
                            + "的工作台账及"
                            + Labels.EVIDENCE
                            + "逐项判定；“说明”列出判定所依据的数字与"
                            + Labels.EVIDENCE
                            + "；“"
                            + Labels.RECTIFICATION
                            + "”列出未完成事项的整改措施、"
                            + Labels.RECTIFICATION_UNIT
                            + "和"
                            + Labels.RECTIFICATION_DATE
                            + "。",
                    BODY_FONT,
                    BODY_SIZE,
                    false,
                    ParagraphAlignment.LEFT);
            List<String> waivers = WaiverLines.sentences(report);
            if (!waivers.isEmpty()) {
                WordDocument.paragraph(
                        doc,
                        WaiverLines.TITLE + "：",
                        BODY_FONT,
                        BODY_SIZE,
                        true,
                        ParagraphAlignment.LEFT);
            }
            for (int i = 0; i < waivers.size(); i++) {
                WordDocument.paragraph(
                        doc,
                        (i + 1) + ". " + waivers.get(i),
                        BODY_FONT,
                        BODY_SIZE,
                        false,
                        ParagraphAlignment.LEFT);
            }
            OoxmlPackage.describe(doc, report, title);
            return OoxmlPackage.write(doc, report.asOf());
        }
    }

    static String title(AuditReport report) {
        return report.organisation() + report.auditYear() + "年政务公开目标任务完成情况自查表";
    }
}
