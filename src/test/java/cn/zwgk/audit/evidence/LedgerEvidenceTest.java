package cn.zwgk.audit.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.facts.Application;
import cn.zwgk.audit.facts.Emergency;
import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.facts.PublicityActivity;
import cn.zwgk.audit.problem.Problem;
import java.io.IOException;
import java.io.OutputStream;
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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ledgers (.xlsx, .csv) in an evidence folder: read into the same records as JSON. They are refused
 * as strictly as JSON, cell by cell: the corpus cases {@code csv-*} and {@code xlsx-*}.
 */
class LedgerEvidenceTest {
    @TempDir Path dir;
    EvidenceFolder folder;

    static final List<Object> APPLICATION_HEADER =
            List.of("编号", "单位", "收到日期", "登记日期", "答复日期", "是否延期", "申请人类型", "办理结果");

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
    void aTitleRowAboveTheHeaderIsSkippedAndRowsKeepTheirPlaces() throws Exception {
        // The refusal at a cell below title and note rows: corpus xlsx-title-rows-above-the-header.
        Path file =
                workbook(
                        dir.resolve("ledger.xlsx"),
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
    void rowsHoldingOnlyTheirRowNumberAreEmptyRows() throws Exception {
        // Numbered ahead of use: rows holding only their 序号 are empty rows, wherever they stand.
        // That other cells keep their places past the 序号 column: corpus csv-row-number-column.
        folder.write(
                "application.csv",
                "序号,编号,单位,收到日期\n1,APP-1,办公室,2020-03-02\n2,,,\n3,APP-3,办公室,2020-03-04\n4,,,\n");
        assertThat(folder.load().records())
                .extracting(Evidence::id)
                .containsExactly("APP-1", "APP-3");
    }

    @Test
    void theHeaderIsFoundUnderNineNoteRows() throws Exception {
        // The tenth non-empty row is the last that may hold it: corpus csv-header-after-ten-rows.
        String nineNotes = "说明\n\n".repeat(9);
        folder.write("application.csv", nineNotes + "编号,单位,收到日期\nAPP-1,办公室,2020-03-02\n");
        assertThat(folder.load().records()).extracting(Evidence::id).containsExactly("APP-1");
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
