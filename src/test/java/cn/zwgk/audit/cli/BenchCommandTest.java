package cn.zwgk.audit.cli;

import static cn.zwgk.audit.cli.Run.zwgk;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.bench.BenchRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code zwgk bench} option handling; the measurements themselves are not a unit test. */
class BenchCommandTest {
    @TempDir Path temp;

    @ParameterizedTest
    @CsvSource({"--sizes, 10, 记录数至少为模板的 961 条", "--styled-rows, 0, 工作表行数至少为 1"})
    void aSizeTooSmallToMeasureIsABadOption(String option, String size, String said) {
        Run run = zwgk("bench", option, size, "--work", temp.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.BAD_OPTIONS.code);
        assertThat(run.err()).contains(said);
    }

    @Test
    void isListedInTheHelp() {
        Run run = zwgk("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("bench");
    }

    /**
     * The styled-rows mode at a tiny size: a workbook of a header and styled empty rows, audited by
     * the real command in its own JVM (the figures themselves are in docs/benchmark.md).
     */
    @Test
    void styledRowsWritesTheWorkbookAndAuditsItInAChildJvm() throws Exception {
        Run run = zwgk("bench", "--styled-rows", "4", "--work", temp.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith(BenchRun.STYLED_ROWS_HEADER)
                .containsPattern("\\| 4 \\| 0\\.0 \\| \\d+\\.\\d \\| \\d+ \\| 0 \\| - \\|");
        Path workbook = temp.resolve("styled-rows-4/ledger.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Sheet sheet = book.getSheet("依申请公开办理记录");
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(4);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
            assertThat(sheet.getRow(3).getRowStyle().getFillPattern())
                    .isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(sheet.getRow(3).getCell(0).getCellType()).isEqualTo(CellType.BLANK);
        }
        assertThat(temp.resolve("styled-rows-4-out/report.json")).exists();
    }
}
