package cn.zwgk.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.facts.EvidenceKind;
import cn.zwgk.audit.facts.Policy;
import cn.zwgk.audit.facts.PublishedReportTables;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Workbooks from {@code zwgk convert} and {@code zwgk template} are readable as they open. */
class LedgerWriterTest {

    static XSSFWorkbook written(List<? extends Evidence> records) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(LedgerWriter.write(List.of(), records)));
    }

    @Test
    void aReportTableCellWrapsItsLinesInAColumnAsWideAsItsWidestLine() throws Exception {
        Map<String, List<Integer>> table3 = new LinkedHashMap<>();
        table3.put("一", List.of(36, 12, 4, 2, 5, 1, 60));
        table3.put("二", Arrays.asList(1, null, 0, 0, 0, 0, 1));
        table3.put("三（一）", List.of(10, 2, 1, 0, 1, 0, 14));
        var tables = new PublishedReportTables("RT-1", "办公室", 2020, null, table3, null);

        try (XSSFWorkbook book = written(List.of(tables))) {
            Sheet sheet = book.getSheet(LedgerFormat.sheetName(EvidenceKind.REPORT_TABLES));
            var cell = sheet.getRow(1).getCell(4);
            assertThat(cell.getStringCellValue())
                    .isEqualTo("一：36,12,4,2,5,1,60\n二：1,,0,0,0,0,1\n三（一）：10,2,1,0,1,0,14");
            assertThat(cell.getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getWrapText())
                    .as("编号 on one line")
                    .isFalse();
            // 三（一）： is five full-width characters, then 15 narrow ones, plus one of room.
            assertThat(sheet.getColumnWidth(4)).isEqualTo((5 * 2 + 15 + 1) * 256);
            assertThat(sheet.getRow(1).getHeightInPoints())
                    .isEqualTo(3 * sheet.getDefaultRowHeightInPoints());
        }
    }

    @Test
    void columnsAreNeverNarrowerThanADateNorWiderThanSixtyCharactersLongerTextWraps()
            throws Exception {
        String title = "关于" + "进一步做好政务公开工作".repeat(4) + "的通知";
        var records =
                List.of(
                        new Policy(
                                "P-1",
                                "办公室",
                                title,
                                null,
                                null,
                                LocalDate.of(2020, 3, 1),
                                false,
                                null),
                        new Policy(
                                "P-2",
                                "办公室",
                                "短标题",
                                null,
                                null,
                                LocalDate.of(2020, 3, 2),
                                false,
                                null));

        try (XSSFWorkbook book = written(records)) {
            Sheet sheet = book.getSheet(LedgerFormat.sheetName(EvidenceKind.POLICY));
            assertThat(sheet.getColumnWidth(0)).as("编号").isEqualTo(10 * 256);
            assertThat(sheet.getColumnWidth(2)).as("标题").isEqualTo(60 * 256);
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getRow(1).getHeightInPoints())
                    .as("49 characters, 98 wide, in 60")
                    .isEqualTo(2 * sheet.getDefaultRowHeightInPoints());
            assertThat(sheet.getRow(2).getCell(2).getCellStyle().getWrapText()).isFalse();
            assertThat(sheet.getRow(2).getHeightInPoints())
                    .isEqualTo(sheet.getDefaultRowHeightInPoints());
        }
    }

    @Test
    void theHeaderRowAndTheIdColumnStayInViewInEveryKindsSheet() throws Exception {
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(LedgerWriter.template()))) {
            for (EvidenceKind kind : EvidenceKind.values()) {
                PaneInformation pane =
                        book.getSheet(LedgerFormat.sheetName(kind)).getPaneInformation();
                assertThat(pane.isFreezePane()).as(kind.label()).isTrue();
                assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 1);
            }
        }
    }

    @Test
    void widthCountsChineseAndFullWidthCharactersTwice() {
        assertThat(LedgerWriter.displayWidth("APP-1")).isEqualTo(5);
        assertThat(LedgerWriter.displayWidth("收到日期")).isEqualTo(8);
        assertThat(LedgerWriter.displayWidth("三（一）：1,2")).isEqualTo(13);
    }
}
