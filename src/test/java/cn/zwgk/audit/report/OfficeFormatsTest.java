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
import org.apache.poi.xwpf.usermodel.XWPFRun;
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
                            "34 项任务中，已完成 17 项、未完成 14 项（其中逾期完成 6 项）、未提供佐证材料 1 项、不适用 1 项、经批准调整 1 项。");
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
    void theAnnualReportHasTheFormatsTablesAsItPrintsThem() throws IOException {
        AuditReport.AnnualTables tables = REPORT.statistics();
        try (XWPFDocument doc = annual(REPORT)) {
            assertThat(doc.getTables()).as("Tables 2, 3 and 4").hasSize(3);
            XWPFTable table2 = doc.getTables().get(0);
            assertThat(texts(table2.getRow(0))).containsExactly("第二十条第（一）项");
            assertThat(spans(table2.getRow(0))).containsExactly(4);
            assertThat(texts(table2.getRow(1)))
                    .containsExactly("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量");
            assertThat(texts(table2.getRow(3))).containsExactly("规范性文件", "22", "22", "28");
            assertThat(texts(table2.getRow(7)))
                    .as("a cell no record gives")
                    .containsExactly("其他对外管理服务事项", "18", "2", "【待填写】");
            assertThat(
                            table2.getRow(7)
                                    .getCell(3)
                                    .getParagraphs()
                                    .get(0)
                                    .getRuns()
                                    .get(0)
                                    .isHighlighted())
                    .isTrue();
            assertThat(texts(table2.getRow(13)))
                    .as("(八) has two columns, the last spanning the third")
                    .containsExactly("信息内容", "上一年项目数量", "本年增/减");
            assertThat(spans(table2.getRow(13))).containsExactly(1, 1, 2);
            assertThat(texts(table2.getRow(17))).containsExactly("政府集中采购", "6", "425.26");

            XWPFTable table3 = doc.getTables().get(1);
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

            XWPFTable table4 = doc.getTables().get(2);
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
                    .as("小五, so the fifteen columns fit A4 portrait")
                    .isEqualTo(9.0);
        }
    }

    @Test
    void theAnnualReportIsA4PortraitInTheFormatsPartsWithEveryGapHighlighted() throws IOException {
        try (XWPFDocument doc = annual(REPORT)) {
            CTSectPr section = doc.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getOrient()).isEqualTo(STPageOrientation.PORTRAIT);
            assertThat(((Number) section.getPgSz().getW()).intValue()).isEqualTo(11906);
            assertThat(((Number) section.getPgSz().getH()).intValue()).isEqualTo(16838);
            List<String> paragraphs = doc.getParagraphs().stream().map(p -> p.getText()).toList();
            assertThat(paragraphs.get(0)).isEqualTo("申江区人力资源和社会保障局2020年政府信息公开工作年度报告");
            assertThat(paragraphs)
                    .containsSubsequence(
                            "一、总体情况",
                            "二、主动公开政府信息情况",
                            "三、收到和处理政府信息公开申请情况",
                            "四、政府信息公开行政复议、行政诉讼情况",
                            "五、存在的主要问题及改进情况",
                            "六、其他需要报告的事项");
            List<XWPFRun> runs = new ArrayList<>();
            doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
            for (XWPFTable table : doc.getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
                    }
                }
            }
            List<XWPFRun> gaps = runs.stream().filter(r -> r.text().contains("【待填写")).toList();
            assertThat(gaps).isNotEmpty().allMatch(XWPFRun::isHighlighted);
            assertThat(runs.stream().filter(XWPFRun::isHighlighted))
                    .as("nothing but gaps highlighted, each a run of its own")
                    .allMatch(r -> r.text().startsWith("【待填写") && r.text().endsWith("】"));
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

    private static XWPFDocument annual(AuditReport report) throws IOException {
        return new XWPFDocument(
                new ByteArrayInputStream(new AnnualReportRenderer().render(report)));
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
