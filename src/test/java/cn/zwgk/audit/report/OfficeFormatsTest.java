package cn.zwgk.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.report.AuditReport.TaskResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** The appendix and the spreadsheet as Word and Excel users get them. */
class OfficeFormatsTest {
    private static final AuditReport REPORT = Fixtures.sample();

    @Test
    void theAppendixIsTheSeedTableAsWrittenWithTheTwoResultColumns() throws IOException {
        try (XWPFDocument doc = docx(REPORT)) {
            assertThat(doc.getParagraphs().get(0).getText())
                    .isEqualTo("申江区人力资源和社会保障局2020年政务公开目标任务完成情况");
            XWPFTable table = doc.getTables().get(0);
            assertThat(doc.getTables())
                    .as("the task table, then the annual report's Tables 2, 3 and 4")
                    .hasSize(4);
            assertThat(texts(table.getRow(0)))
                    .containsExactly("序号", "任务内容", "牵头单位", "责任单位", "时间节点", "完成情况", "说明");
            assertThat(table.getRows()).hasSize(REPORT.tasks().size() + 1);
            for (int i = 0; i < REPORT.tasks().size(); i++) {
                TaskResult t = REPORT.tasks().get(i);
                assertThat(texts(table.getRow(i + 1)))
                        .as("row %d", i + 1)
                        .containsExactly(
                                String.valueOf(t.number()),
                                t.content(),
                                t.leadUnits(),
                                t.responsibleUnits(),
                                t.deadlineText(),
                                t.state().label(),
                                t.explanation());
            }
            XWPFTableCell deadline30 = table.getRow(30).getCell(4);
            assertThat(deadline30.getParagraphs())
                    .extracting(p -> p.getText())
                    .containsExactly("2020.12", "2020.12");
        }
    }

    @Test
    void theAppendixEndsWithTheAnnualReportTablesAsTheFormatPrintsThem() throws IOException {
        AuditReport.AnnualTables tables = REPORT.statistics();
        try (XWPFDocument doc = docx(REPORT)) {
            assertThat(doc.getParagraphs())
                    .extracting(p -> p.getText())
                    .contains(
                            "2020年度政府信息公开工作年度报告统计表（国办公开办函〔2019〕60号）",
                            tables.basis(),
                            "表三 收到和处理政府信息公开申请情况",
                            "表四 政府信息公开行政复议、行政诉讼情况");
            XWPFTable table2 = doc.getTables().get(1);
            assertThat(texts(table2.getRow(0))).containsExactly("信息内容", "处理决定数量");
            assertThat(texts(table2.getRow(1))).containsExactly("第二十条第（五）项 行政许可", "60");

            XWPFTable table3 = doc.getTables().get(2);
            assertThat(texts(table3.getRow(0))).containsExactly("项目", "申请人情况");
            assertThat(texts(table3.getRow(1))).containsExactly("", "自然人", "法人或其他组织", "总计");
            assertThat(texts(table3.getRow(2)))
                    .containsExactly("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "");
            assertThat(spans(table3.getRow(0))).containsExactly(3, 7);
            assertThat(spans(table3.getRow(1))).containsExactly(3, 1, 5, 1);
            assertThat(table3.getRows().subList(0, 3)).allMatch(XWPFTableRow::isRepeatHeader);
            assertThat(table3.getRow(3).isRepeatHeader()).isFalse();
            assertThat(table3.getRows()).hasSize(3 + tables.applications().rows().size());
            for (int r = 0; r < tables.applications().rows().size(); r++) {
                XWPFTableRow row = table3.getRow(3 + r);
                List<String> cells = texts(row);
                assertThat(cells.subList(cells.size() - 7, cells.size()))
                        .as("表三 row %d", r + 1)
                        .isEqualTo(
                                tables.applications().rows().get(r).values().stream()
                                        .map(String::valueOf)
                                        .toList());
                assertThat(spans(row).stream().mapToInt(Integer::intValue).sum())
                        .as("表三 row %d width", r + 1)
                        .isEqualTo(10);
            }
            assertThat(texts(table3.getRow(3 + 2)).subList(0, 2))
                    .containsExactly("三、本年度办理结果", "（一）予以公开");
            assertThat(texts(table3.getRow(3 + 7)).subList(0, 3))
                    .as("a reason under the merged 不予公开 cell")
                    .containsExactly("", "", "4.保护第三方合法权益");
            assertThat(texts(table3.getRow(3 + 22)))
                    .containsExactly("四、结转下年度继续办理", "0", "1", "0", "0", "0", "0", "1");

            XWPFTable table4 = doc.getTables().get(3);
            assertThat(texts(table4.getRow(0))).containsExactly("行政复议", "行政诉讼");
            assertThat(texts(table4.getRow(1)))
                    .containsExactly("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉");
            assertThat(table4.getRows())
                    .as("three header rows, then the one row of counts")
                    .hasSize(4);
            assertThat(texts(table4.getRow(3)))
                    .containsExactly(
                            "1", "0", "0", "0", "1", "0", "0", "0", "1", "1", "0", "0", "0", "0",
                            "0");
            assertThat(
                            table4.getRow(3)
                                    .getCell(0)
                                    .getParagraphs()
                                    .get(0)
                                    .getRuns()
                                    .get(0)
                                    .getFontSizeAsDouble())
                    .as("小五, so the fifteen columns fit A4 landscape")
                    .isEqualTo(9.0);
        }
    }

    @Test
    void theAppendixIsA4LandscapeWithChineseFontsAndARepeatedHeader() throws IOException {
        try (XWPFDocument doc = docx(REPORT)) {
            CTSectPr section = doc.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(((Number) section.getPgSz().getW()).intValue()).isEqualTo(16838);
            assertThat(((Number) section.getPgSz().getH()).intValue()).isEqualTo(11906);
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(
                            doc.getParagraphs()
                                    .get(0)
                                    .getRuns()
                                    .get(0)
                                    .getCTR()
                                    .getRPr()
                                    .getRFontsArray(0)
                                    .getEastAsia())
                    .isEqualTo("黑体");
            for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getParagraphs()
                            .forEach(
                                    p ->
                                            p.getRuns()
                                                    .forEach(
                                                            run ->
                                                                    assertThat(
                                                                                    run.getCTR()
                                                                                            .getRPr()
                                                                                            .getRFontsArray(
                                                                                                    0)
                                                                                            .getEastAsia())
                                                                            .isEqualTo("宋体")));
                }
            }
            String styles =
                    new String(
                            entry(new AppendixRenderer().render(REPORT), "word/styles.xml"),
                            StandardCharsets.UTF_8);
            assertThat(styles).contains("w:eastAsia=\"宋体\"", "w:eastAsia=\"zh-CN\"");
        }
    }

    /**
     * The body is Chinese: besides the seed's own words (task 10 says "OA") the only Latin letters
     * are ledger record numbers such as APP-011 that 说明 cites.
     */
    @Test
    void theAppendixBodyHasNoEnglish() throws IOException {
        String body = RenderedText.docxBody(new AppendixRenderer().render(REPORT));
        for (TaskResult t : REPORT.tasks()) {
            body = body.replace(t.content(), "");
        }
        assertThat(body.replaceAll("[A-Z]{1,6}-\\d+", "")).doesNotContainPattern("[A-Za-z]");
    }

    @Test
    void theSpreadsheetHasARowPerTaskAndUnitTheWaiversAndTheManifest() throws IOException {
        List<List<String>> rows = RenderedText.xlsxCells(new SpreadsheetRenderer().render(REPORT));
        int expected = REPORT.tasks().stream().mapToInt(t -> Math.max(1, t.units().size())).sum();
        assertThat(rows.get(0)).containsExactly("审计发现");
        assertThat(rows.get(1)).isEqualTo(FindingRows.HEADER);
        assertThat(rows.get(2))
                .containsExactly(
                        "1",
                        REPORT.tasks().get(0).content(),
                        REPORT.units().get(0),
                        REPORT.tasks().get(0).units().get(0).state().label(),
                        "2020-05-26",
                        REPORT.tasks().get(0).units().get(0).explanation(),
                        String.join("、", REPORT.tasks().get(0).units().get(0).evidenceIds()));
        assertThat(rows.get(2 + expected)).containsExactly("豁免");
        assertThat(rows.get(3 + expected))
                .as("headed though the fixture has no waivers")
                .isEqualTo(WaiverLines.HEADER);
        assertThat(rows.get(4 + expected)).containsExactly("输入清单");
        assertThat(rows.subList(4 + expected + 2, rows.size()))
                .contains(
                        List.of("任务目录", "catalog.json", REPORT.manifest().rules().get(0).sha256()));
        try (XSSFWorkbook book =
                new XSSFWorkbook(
                        new ByteArrayInputStream(new SpreadsheetRenderer().render(REPORT)))) {
            assertThat(book.getSheetAt(0).getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "xlsx"})
    void zipEntriesAndDocumentDatesComeFromTheAuditDateNotTheClock(String format)
            throws IOException {
        byte[] bytes = Renderers.byFormat(format).orElseThrow().render(REPORT);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertThat(e.getTimeLocal())
                        .as(e.getName())
                        .isEqualTo(LocalDateTime.of(2020, 12, 31, 0, 0));
                assertThat(e.getExtra()).as(e.getName()).isNull();
            }
        }
        assertThat(names.get(0)).isEqualTo("[Content_Types].xml");
        String core = new String(entry(bytes, "docProps/core.xml"), StandardCharsets.UTF_8);
        assertThat(core)
                .contains(
                        "<dcterms:created"
                            + " xsi:type=\"dcterms:W3CDTF\">2020-12-31T00:00:00Z</dcterms:created>",
                        "<dcterms:modified"
                            + " xsi:type=\"dcterms:W3CDTF\">2020-12-31T00:00:00Z</dcterms:modified>",
                        "<dc:creator>" + REPORT.tool() + "</dc:creator>");
    }

    private static XWPFDocument docx(AuditReport report) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(new AppendixRenderer().render(report)));
    }

    /** Each cell's gridSpan, 1 when it spans one column. */
    private static List<Integer> spans(XWPFTableRow row) {
        return row.getTableCells().stream()
                .map(
                        c ->
                                c.getCTTc().getTcPr().isSetGridSpan()
                                        ? ((Number) c.getCTTc().getTcPr().getGridSpan().getVal())
                                                .intValue()
                                        : 1)
                .toList();
    }

    private static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream()
                .map(
                        c ->
                                String.join(
                                        "\n",
                                        c.getParagraphs().stream().map(p -> p.getText()).toList()))
                .toList();
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name);
    }
}
