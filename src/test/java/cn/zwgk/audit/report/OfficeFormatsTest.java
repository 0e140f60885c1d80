package cn.zwgk.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.report.AuditReport.TaskResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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
    void theAppendixIsTheSeedTableWithResultsAndRectificationsUnderTheOverallLine()
            throws IOException {
        try (XWPFDocument doc = docx(REPORT)) {
            assertThat(doc.getParagraphs())
                    .extracting(p -> p.getText())
                    .startsWith(
                            "申江区人力资源和社会保障局2020年政务公开目标任务完成情况自查表",
                            "（依据《2020年局政务公开目标任务细化分解表》，截至2020年12月31日）",
                            "34 项任务中，已完成 24 项、未完成 7 项、未提供佐证材料 1 项、不适用 1 项、经批准调整 1 项。");
            assertThat(doc.getTables())
                    .as("the task table only: the annual report carries Tables 2 to 4")
                    .hasSize(1);
            XWPFTable table = doc.getTables().get(0);
            assertThat(texts(table.getRow(0)))
                    .containsExactly("序号", "任务内容", "牵头单位", "责任单位", "时间节点", "完成情况", "说明", "整改措施");
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
                                t.deadlineText().lines().distinct().findFirst().orElse(""),
                                t.state().label(),
                                t.explanation(),
                                t.rectifications().stream()
                                        .map(TaskText::rectification)
                                        .collect(Collectors.joining("\n")));
            }
            assertThat(REPORT.tasks().get(29).deadlineText()).isEqualTo("2020.12\n2020.12");
            assertThat(table.getRow(30).getCell(4).getParagraphs())
                    .extracting(p -> p.getText())
                    .as("the seed's doubled 2020.12 printed once")
                    .containsExactly("2020.12");
            assertThat(texts(table.getRow(1)).get(7))
                    .isEqualTo(
                            "人才开发科：由人才开发科在2021年“政务公开宣传月”中牵头开展一次《规定》专题宣传，并将《规定》纳入科室年度学习计划"
                                    + "（整改责任单位：人才开发科，整改时限：2021年5月31日）");
            assertThat(texts(table.getRow(12)).get(5)).isEqualTo("未完成");
            assertThat(texts(table.getRow(12)).get(7))
                    .as("a 未完成 task without a rectification record leaves the cell to be filled")
                    .isEmpty();
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
        assertThat(rows.get(0)).containsExactly("自查结果");
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
        assertThat(rows.get(2 + expected)).containsExactly("经批准调整事项");
        assertThat(rows.get(3 + expected)).isEqualTo(WaiverLines.HEADER);
        int waivers = REPORT.waivers().size();
        assertThat(rows.get(4 + waivers + expected)).containsExactly("输入清单");
        assertThat(rows.subList(4 + waivers + expected + 2, rows.size()))
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
