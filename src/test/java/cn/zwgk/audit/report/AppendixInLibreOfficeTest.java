package cn.zwgk.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import cn.zwgk.audit.report.AuditReport.TaskResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The appendix opens in LibreOffice and converts to PDF there, and the PDF's text holds the overall
 * line and the 34 rows in table order, on landscape pages each headed by the table header.
 */
class AppendixInLibreOfficeTest {
    @TempDir Path temp;

    @Test
    void convertsToAPdfHoldingEveryRow() throws Exception {
        AuditReport report = Fixtures.sample();
        Path docx =
                Files.write(temp.resolve("appendix.docx"), new AppendixRenderer().render(report));

        LibreOffice printed = LibreOffice.print(temp, docx);
        assertThat(printed.width()).as("landscape A4 width").isCloseTo(841.9, offset(1.0));
        assertThat(printed.height()).as("landscape A4 height").isCloseTo(595.3, offset(1.0));
        System.out.println("LibreOffice: appendix.docx → PDF of " + printed.pages() + " pages");

        String flat = printed.flat();
        assertThat(flat)
                .contains(
                        LibreOffice.flat(AppendixRenderer.title(report)),
                        LibreOffice.flat(TaskText.overall(report)));
        List<String> lines = printed.text().lines().map(String::strip).toList();
        int from = 0;
        for (TaskResult t : report.tasks()) {
            assertThat(lines)
                    .as("序号 %d on a line of its own", t.number())
                    .contains(String.valueOf(t.number()));
            int at = flat.indexOf(LibreOffice.flat(t.content()), from);
            assertThat(at)
                    .as("task %d's text after offset %d", t.number(), from)
                    .isGreaterThanOrEqualTo(0);
            from = at;
        }
        assertThat(printed.pages()).isGreaterThan(1);
        for (String column : List.of("牵头单位", "责任单位", "完成情况", "整改措施")) {
            assertThat(LibreOffice.occurrences(flat, column))
                    .as("header %s repeated on the pages (%d)", column, printed.pages())
                    .isGreaterThanOrEqualTo(printed.pages() - 1)
                    .isGreaterThan(1);
        }
        assertThat(flat)
                .as("a rectification in its cell")
                .contains(LibreOffice.flat("整改责任单位：人才开发科，整改时限：2021年5月31日"));
    }
}
