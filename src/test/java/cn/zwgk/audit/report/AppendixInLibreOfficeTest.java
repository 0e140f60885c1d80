package cn.zwgk.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import cn.zwgk.audit.report.AuditReport.TaskResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The appendix opens in LibreOffice (Debian's package) and converts to PDF there, and the PDF's
 * text holds the 34 rows in table order, on landscape pages each headed by the table header.
 */
class AppendixInLibreOfficeTest {
    @TempDir Path temp;

    @Test
    void convertsToAPdfHoldingEveryRow() throws Exception {
        Path soffice = ExternalProgram.require("soffice", "libreoffice-writer-nogui");
        Path pdftotext = ExternalProgram.require("pdftotext", "poppler-utils");
        Path pdfinfo = ExternalProgram.require("pdfinfo", "poppler-utils");
        AuditReport report = Fixtures.sample();
        Path docx =
                Files.write(temp.resolve("appendix.docx"), new AppendixRenderer().render(report));

        var converted =
                ExternalProgram.run(
                        temp,
                        300,
                        List.of(
                                soffice.toString(),
                                "-env:UserInstallation=" + temp.resolve("profile").toUri(),
                                "--headless",
                                "--convert-to",
                                "pdf",
                                "--outdir",
                                temp.resolve("pdf").toString(),
                                docx.toString()));
        Path pdf = temp.resolve("pdf/appendix.pdf");
        assertThat(pdf)
                .as("soffice exit %d: %s %s", converted.exit(), converted.out(), converted.err())
                .exists();

        String info =
                ExternalProgram.run(temp, 60, List.of(pdfinfo.toString(), pdf.toString())).out();
        int pages = Integer.parseInt(match(info, "Pages:\\s+(\\d+)"));
        Matcher size = Pattern.compile("Page size:\\s+([\\d.]+) x ([\\d.]+) pts").matcher(info);
        assertThat(size.find()).as(info).isTrue();
        assertThat(Double.parseDouble(size.group(1)))
                .as("landscape A4 width")
                .isCloseTo(841.9, offset(1.0));
        assertThat(Double.parseDouble(size.group(2)))
                .as("landscape A4 height")
                .isCloseTo(595.3, offset(1.0));
        System.out.println("LibreOffice: appendix.docx → PDF of " + pages + " pages");

        String text =
                ExternalProgram.run(
                                temp,
                                60,
                                List.of(pdftotext.toString(), "-enc", "UTF-8", pdf.toString(), "-"))
                        .out();
        String flat = flat(text);
        assertThat(flat).contains(flat(AppendixRenderer.title(report)));
        List<String> lines = text.lines().map(String::strip).toList();
        int from = 0;
        for (TaskResult t : report.tasks()) {
            assertThat(lines)
                    .as("序号 %d on a line of its own", t.number())
                    .contains(String.valueOf(t.number()));
            int at = flat.indexOf(flat(t.content()), from);
            assertThat(at)
                    .as("task %d's text after offset %d", t.number(), from)
                    .isGreaterThanOrEqualTo(0);
            from = at;
        }
        assertThat(pages).isGreaterThan(1);
        for (String column : List.of("牵头单位", "责任单位", "时间节点", "完成情况")) {
            assertThat(occurrences(flat, column))
                    .as("header %s repeated on the pages (%d)", column, pages)
                    .isGreaterThanOrEqualTo(pages - 1)
                    .isGreaterThan(1);
        }
        // Table 3 runs onto a second page in the sample: its grouped header comes again there.
        assertThat(occurrences(flat, "法人或其他组织")).as("表三 header repeated").isEqualTo(2);
        String table4 = flat.substring(flat.lastIndexOf("表四"));
        assertThat(table4).as("表四's header levels").contains("未经复议直接起诉", "复议后起诉");
        assertThat(occurrences(table4, "结果维持"))
                .as("表四 one wide row: the result columns under each of three kinds")
                .isEqualTo(3);
        assertThat(table4.replaceAll("\\D", ""))
                .as("表四's one wide row of 15 counts, in order, ending the document")
                .isEqualTo("100010001100000");
    }

    /** Text with the line breaks and hyphens pdftotext adds or drops at wrapped lines taken out. */
    private static String flat(String s) {
        return s.replaceAll("[\\s\\-]", "");
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }
}
