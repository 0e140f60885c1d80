package cn.zwgk.audit.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.facts.Application;
import cn.zwgk.audit.facts.Emergency;
import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.facts.PublicityActivity;
import cn.zwgk.audit.ledger.LedgerFormat;
import cn.zwgk.audit.problem.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ledgers (.xlsx, .csv) in an evidence folder: read into the same records, refused as strictly as
 * JSON.
 */
class LedgerEvidenceTest {
    @TempDir Path dir;
    EvidenceFolder folder;

    static final List<Object> APPLICATION_HEADER =
            List.of("编号", "单位", "收到日期", "登记日期", "答复日期", "是否延期", "申请人类型", "办理结果");

    static final String APPLICATION_COLUMNS =
            "编号、单位、申请内容、收到日期、登记日期、审核日期、办理日期、答复日期、归档日期、"
                    + "是否延期、申请人、申请人类型、所申请信息、办理结果、办理结果情形、提交方式、确认收到日期、补正告知日期、收到补正日期、"
                    + "征求意见发出日期、征求意见答复日期、延期批准日期、延期告知日期、答复所述理由、答复所引法律依据、是否告知救济途径、申请人建议转主动公开";

    @BeforeEach
    void profile() {
        folder = EvidenceFolder.withProfile(dir);
    }

    /**
     * Writes a workbook: sheet name → rows of cells (text, numbers, booleans, dates and times as
     * date cells, null for none).
     */
    static Path workbook(Path file, Map<String, List<List<Object>>> sheets) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle time = book.createCellStyle();
            time.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            for (Map.Entry<String, List<List<Object>>> s : sheets.entrySet()) {
                Sheet sheet = book.createSheet(s.getKey());
                for (int r = 0; r < s.getValue().size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> values = s.getValue().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        Cell cell = row.createCell(c);
                        if (v instanceof String text) {
                            cell.setCellValue(text);
                        } else if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (v instanceof Boolean b) {
                            cell.setCellValue(b);
                        } else if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else if (v instanceof LocalDateTime t) {
                            cell.setCellValue(t);
                            cell.setCellStyle(time);
                        }
                    }
                }
            }
            book.write(out);
        }
        return file;
    }

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private List<String> problems() {
        return folder.refusal().problems().stream()
                .map(p -> p.toString().replace(dir + "/", ""))
                .toList();
    }

    @Test
    void aWorkbookIsReadIntoTheSameRecordsAsJson() throws Exception {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put(
                "依申请公开办理记录",
                List.of(
                        APPLICATION_HEADER,
                        row(
                                "APP-1",
                                "办公室",
                                LocalDate.of(2020, 3, 2),
                                "2020/3/3",
                                "2020年3月20日",
                                "否",
                                "自然人",
                                "予以公开"),
                        row("APP-2", "办公室", "2020-11-02", null, null, true, "商业企业", null)));
        sheets.put(
                "emergency",
                List.of(
                        row(
                                "id",
                                "unit",
                                "title",
                                "level",
                                "major",
                                "occurredAt",
                                "firstResponseAt"),
                        row(
                                "EM-1",
                                "社管科",
                                "暴雨",
                                "一般",
                                "否",
                                LocalDateTime.of(2020, 7, 14, 15, 20),
                                "2020/7/14 19:05")));
        workbook(dir.resolve("ledger.xlsx"), sheets);

        EvidenceSet set = folder.load();

        assertThat(set.records())
                .containsExactly(
                        new Application(
                                "APP-1",
                                "办公室",
                                null,
                                LocalDate.of(2020, 3, 2),
                                LocalDate.of(2020, 3, 3),
                                null,
                                null,
                                LocalDate.of(2020, 3, 20),
                                null,
                                false,
                                null,
                                Application.ApplicantType.自然人,
                                null,
                                Application.Outcome.予以公开,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                false),
                        new Application(
                                "APP-2",
                                "办公室",
                                null,
                                LocalDate.of(2020, 11, 2),
                                null,
                                null,
                                null,
                                null,
                                null,
                                true,
                                null,
                                Application.ApplicantType.商业企业,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                false),
                        new Emergency(
                                "EM-1",
                                "社管科",
                                "暴雨",
                                Emergency.Level.一般,
                                false,
                                OffsetDateTime.parse("2020-07-14T15:20+08:00"),
                                OffsetDateTime.parse("2020-07-14T19:05+08:00"),
                                null,
                                null));
        assertThat(set.files()).contains(dir.resolve("ledger.xlsx"));
        assertThat(set.sources().get("APP-2").describe())
                .isEqualTo(dir.resolve("ledger.xlsx") + ": 依申请公开办理记录 第 3 行");
    }

    @Test
    void aCsvFileIsUtf8WithOrWithoutBomItsKindNamedByTheFileName() throws Exception {
        folder.write(
                "publicity-activity-2020.csv",
                "\uFEFF编号,活动名称,日期,线上线下,参与单位\r\n"
                        + "PUB-1,\"新规定解读会，线上\",2020/5/6,线上,\"办公室；法制科\r\n社管科\"\r\n"
                        + ",,,,\r\n\r\n");
        folder.write(
                "宣传活动.csv",
                "id,title,date,channel,units\nPUB-2,\"他说\"\"好\"\"\",2020年5月7日,线下,办公室\n");

        assertThat(folder.load().records())
                .containsExactly(
                        new PublicityActivity(
                                "PUB-1",
                                "新规定解读会，线上",
                                LocalDate.of(2020, 5, 6),
                                PublicityActivity.Channel.线上,
                                List.of("办公室", "法制科", "社管科")),
                        new PublicityActivity(
                                "PUB-2",
                                "他说\"好\"",
                                LocalDate.of(2020, 5, 7),
                                PublicityActivity.Channel.线下,
                                List.of("办公室")));
    }

    @Test
    void everyProblemOfAWorkbookIsReportedAtItsCellAllAtOnce() throws Exception {
        folder.write(
                "policies.json",
                """
                {"schema": "zwgk-evidence/1", "kind": "policy", "records": [
                  {"id": "APP-2", "unit": "办公室", "title": "某政策", "publishedOn": "2020-01-02"}
                ]}
                """);
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put(
                "依申请公开办理记录",
                List.of(
                        row(
                                "编号", "单位", "收到日期", "登记日期", "答复日期", "是否延期", "申请人类型", "办理结果", "颜色",
                                "unit"),
                        row("APP-1", "办公室", "2020/2/30", null, null, "否", "自然人", "同意公开", "红"),
                        row("APP-2", "人事科", "2020-03-01", "2020-03-02"),
                        row("APP-3", "办公室", null, "2020-03-02", "2020-03-01", "也许"),
                        row(" ", "", null),
                        row()));
        sheets.put(
                "政策解读",
                List.of(
                        row("编号", "单位", "政策编号", "标题", "解读形式", "发布日期"),
                        row("INT-1", "法制科", "POL-404", "解读", "图表图解", "2020-04-01")));
        sheets.put("杂项", List.of(row("随便")));
        workbook(dir.resolve("ledger.xlsx"), sheets);

        assertThat(problems())
                .containsExactly(
                        "ledger.xlsx: 依申请公开办理记录!I1: 未知列“颜色”（依申请公开办理记录可用的列："
                                + APPLICATION_COLUMNS
                                + "）",
                        "ledger.xlsx: 依申请公开办理记录!J1: 列“unit”与 B1 是同一字段（单位）",
                        "ledger.xlsx: 依申请公开办理记录!C2: 收到日期: “2020/2/30”不是存在的日期",
                        "ledger.xlsx: 依申请公开办理记录!H2: 办理结果: 值 \"同意公开\" 不是允许的取值"
                                + "（允许：予以公开、部分公开、不予公开、无法提供、不予处理、其他处理）",
                        "ledger.xlsx: 依申请公开办理记录!B3: 单位: 单位 人事科 不在审计配置的单位列表中",
                        "ledger.xlsx: 依申请公开办理记录!C4: 收到日期: 缺少必填字段 receivedOn",
                        "ledger.xlsx: 依申请公开办理记录!F4: 是否延期: 值 “也许” 应为“是”或“否”",
                        "ledger.xlsx: 政策解读!C2: 政策编号: 引用的政策文件 POL-404 不存在",
                        "ledger.xlsx: 杂项: 工作表名不是已知的证据种类（可用：" + LedgerFormat.kindNames() + "）",
                        // Files are read in name order, so the policy comes second and is the
                        // duplicate.
                        "policies.json:2:3: /records/0/id: 编号 APP-2 重复，首次出现于 ledger.xlsx: 依申请公开办理记录"
                                + " 第 3 行");
    }

    @Test
    void aValueTheRecordTypeRefusesIsReportedAtItsCellAsForJson() throws Exception {
        workbook(
                dir.resolve("ledger.xlsx"),
                Map.of(
                        "依申请公开办理记录",
                        List.of(
                                APPLICATION_HEADER,
                                row(
                                        "APP-1",
                                        "办公室",
                                        "2020-03-02",
                                        null,
                                        null,
                                        "否",
                                        "自然人",
                                        "同意公开"))));

        assertThat(problems())
                .containsExactly(
                        "ledger.xlsx: 依申请公开办理记录!H2: 办理结果: 值 \"同意公开\" 不是允许的取值"
                                + "（允许：予以公开、部分公开、不予公开、无法提供、不予处理、其他处理）");
    }

    @Test
    void aTableWithoutARequiredColumnSaysSoOnceAndReadsNoRow() throws Exception {
        folder.write("application.csv", "编号,单位,登记日期\nAPP-1,办公室,2020-03-02\nAPP-2,办公室,2020-03-03\n");

        assertThat(problems()).containsExactly("application.csv: 第 1 行: 缺少必填列 收到日期，本表各行未读取");
    }

    @Test
    void dataUnderNoHeaderIsReportedNotDropped() throws Exception {
        folder.write("application.csv", "编号,单位,收到日期\nAPP-1,办公室,2020-03-02,备注\n");

        assertThat(problems()).containsExactly("application.csv: D2: 此列有数据但没有列名，无法知道是哪个字段");
    }

    @Test
    void titleAndNoteRowsAboveTheHeaderAreSkippedAndCellsKeepTheirPlaces() throws Exception {
        Path file =
                workbook(
                        dir.resolve("ledger.xlsx"),
                        Map.of(
                                "依申请公开办理记录",
                                List.of(
                                        row("2020年依申请公开办理台账"),
                                        row(),
                                        row("填报单位：办公室", null, null, "填报日期：2021-01-05"),
                                        APPLICATION_HEADER,
                                        row(
                                                "APP-1",
                                                "办公室",
                                                "2020-03-02",
                                                null,
                                                null,
                                                "否",
                                                "自然人",
                                                "予以公开"),
                                        row(
                                                "APP-2",
                                                "办公室",
                                                "2020/2/30",
                                                null,
                                                null,
                                                "否",
                                                "自然人",
                                                "予以公开"))));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            book.getSheetAt(0).addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }

        assertThat(problems())
                .containsExactly("ledger.xlsx: 依申请公开办理记录!C6: 收到日期: “2020/2/30”不是存在的日期");

        workbook(
                file,
                Map.of(
                        "依申请公开办理记录",
                        List.of(
                                row("2020年依申请公开办理台账"),
                                APPLICATION_HEADER,
                                row("APP-1", "办公室", "2020-03-02"))));
        EvidenceSet set = folder.load();
        assertThat(set.records()).extracting(Evidence::id).containsExactly("APP-1");
        assertThat(set.sources().get("APP-1").describe()).isEqualTo(file + ": 依申请公开办理记录 第 3 行");
    }

    @Test
    void aCsvMayHaveATitleLineAboveItsHeader() throws Exception {
        folder.write("application.csv", "2020年依申请公开办理台账,,\n,,\n编号,单位,收到日期\nAPP-1,人事科,2020-03-02\n");

        assertThat(problems()).containsExactly("application.csv: B4: 单位: 单位 人事科 不在审计配置的单位列表中");
    }

    @Test
    void aRowNumberColumnIsReadPastAndOtherCellsKeepTheirPlaces() throws Exception {
        folder.write(
                "application.csv",
                "2020年依申请公开办理台账\n序号,编号,单位,收到日期\n1,APP-1,办公室,2020-03-02\n"
                        + "2,APP-2,人事科,2020-03-03\n");

        assertThat(problems()).containsExactly("application.csv: C4: 单位: 单位 人事科 不在审计配置的单位列表中");

        // Numbered ahead of use: rows holding only their 序号 are empty rows, wherever they stand.
        folder.write(
                "application.csv",
                "序号,编号,单位,收到日期\n1,APP-1,办公室,2020-03-02\n2,,,\n3,APP-3,办公室,2020-03-04\n4,,,\n");
        assertThat(folder.load().records())
                .extracting(Evidence::id)
                .containsExactly("APP-1", "APP-3");
    }

    @Test
    void aFirstRowOfDataIsNotTakenForATitleTheTableIsRefusedAtIt() throws Exception {
        folder.write("application.csv", "APP-1,办公室,2020-03-02\nAPP-2,办公室,2020-03-03\n");

        assertThat(problems())
                .containsExactly(
                        "application.csv: 第 1 行: 缺少必填列 编号、单位、收到日期，本表各行未读取",
                        "application.csv: A1: 未知列“APP-1”（依申请公开办理记录可用的列："
                                + APPLICATION_COLUMNS
                                + "）",
                        "application.csv: B1: 未知列“办公室”（依申请公开办理记录可用的列：" + APPLICATION_COLUMNS + "）",
                        "application.csv: C1: 未知列“2020-03-02”（依申请公开办理记录可用的列："
                                + APPLICATION_COLUMNS
                                + "）");
    }

    @Test
    void aHeaderWithoutARequiredColumnUnderATitleIsToldSoNotTakenForData() throws Exception {
        folder.write("application.csv", "2020年依申请公开办理台账\n编号,单位,登记日期\nAPP-1,办公室,2020-03-02\n");

        assertThat(problems()).containsExactly("application.csv: 第 2 行: 缺少必填列 收到日期，本表各行未读取");
    }

    @Test
    void theHeaderIsLookedForInTheFirstTenNonEmptyRowsOnly() throws Exception {
        String nineNotes = "说明\n\n".repeat(9);
        folder.write("application.csv", nineNotes + "编号,单位,收到日期\nAPP-1,办公室,2020-03-02\n");
        assertThat(folder.load().records()).extracting(Evidence::id).containsExactly("APP-1");

        folder.write("application.csv", nineNotes + "说明\n编号,单位,收到日期\nAPP-1,办公室,2020-03-02\n");
        assertThat(problems())
                .containsExactly(
                        "application.csv: 第 1 行: 缺少必填列 编号、单位、收到日期，本表各行未读取",
                        "application.csv: A1: 未知列“说明”（依申请公开办理记录可用的列：" + APPLICATION_COLUMNS + "）");
    }

    @Test
    void aCsvNotNamedForAKindOrNotUtf8OrWithAnOpenQuoteIsRefusedClearly() throws Exception {
        folder.write("台账.csv", "编号\nX-1\n");
        Files.write(
                dir.resolve("application-gbk.csv"),
                "编号,单位,收到日期\nAPP-1,办公室,2020-03-02\n".getBytes(Charset.forName("GBK")));
        folder.write("meeting.csv", "编号,会议名称\nMTG-1,\"培训\n");

        List<String> problems = problems();
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0))
                .startsWith("application-gbk.csv:1:1: 不是有效的 UTF-8 文本")
                .endsWith("在 Excel 中可另存为“CSV UTF-8（逗号分隔）”");
        assertThat(problems.get(1)).isEqualTo("meeting.csv:2:1: 第 2 行起的引号没有闭合");
        assertThat(problems.get(2)).startsWith("台账.csv: 文件名不是已知的证据种类：应为“种类.csv”或“种类-任意文字.csv”");
    }

    @Test
    void excelLockFilesAreNotEvidenceAndOldXlsIsToBeSavedAsXlsx() throws Exception {
        folder.write("~$ledger.xlsx", "lock");
        folder.write("old.xls", "binary");
        folder.write("broken.xlsx", "not a zip");

        assertThat(problems())
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("broken.xlsx: 不是可读取的 Excel 工作簿（.xlsx）"))
                .contains("old.xls: 不支持的文件类型：证据文件应为 .json、.xlsx 或 .csv（.xls 请在 Excel 中另存为 .xlsx）");
    }

    @Test
    void readingOneFileOnItsOwnChecksItsRecordsButNotTheFolder() throws Exception {
        Path csv = folder.write("application.csv", "编号,单位,收到日期\nAPP-1,人事科,2020-03-02\n");

        List<Evidence> records = new EvidenceLoader().readFile(csv);

        assertThat(records).extracting(Evidence::id).containsExactly("APP-1");
    }

    @Test
    void aJsonProblemReadsAsBefore() {
        Path file = dir.resolve("x.json");
        assertThat(new Problem(file, "/records/0/id", 3, 5, "编号重复").toString())
                .isEqualTo(file + ":3:5: /records/0/id: 编号重复");
    }
}
