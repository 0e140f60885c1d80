package cn.zwgk.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import cn.zwgk.audit.facts.ReportLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annual report opens in LibreOffice and prints on A4 portrait with its six parts in order and
 * its tables whole: Table 2's sections with their gaps, Table 3's rows with their counts in order,
 * and Table 4's one row of fifteen counts under its three header levels.
 */
class AnnualReportInLibreOfficeTest {
    @TempDir Path temp;

    @Test
    void printsOnA4PortraitWithThePartsAndTablesIntact() throws Exception {
        AuditReport report = Fixtures.sample();
        Path docx =
                Files.write(
                        temp.resolve("annual-report.docx"),
                        new AnnualReportRenderer().render(report));

        LibreOffice printed = LibreOffice.print(temp, docx);
        assertThat(printed.width()).as("portrait A4 width").isCloseTo(595.3, offset(1.0));
        assertThat(printed.height()).as("portrait A4 height").isCloseTo(841.9, offset(1.0));
        System.out.println(
                "LibreOffice: annual-report.docx → PDF of " + printed.pages() + " pages");

        String flat = printed.flat();
        int from = 0;
        for (String part :
                List.of(
                        AnnualReportDraft.title(report),
                        "一、总体情况",
                        "二、主动公开政府信息情况",
                        "第二十条第（一）项",
                        "第二十条第（九）项",
                        "三、收到和处理政府信息公开申请情况",
                        "四、政府信息公开行政复议、行政诉讼情况",
                        "五、存在的主要问题及改进情况",
                        "六、其他需要报告的事项")) {
            int at = flat.indexOf(LibreOffice.flat(part), from);
            assertThat(at).as("%s after offset %d", part, from).isGreaterThanOrEqualTo(0);
            from = at;
        }
        assertThat(LibreOffice.occurrences(flat, "【待填写】"))
                .as("Table 2's two cells no record gives")
                .isEqualTo(2);

        String table3 =
                flat.substring(
                        flat.indexOf(LibreOffice.flat("三、收到和处理政府信息公开申请情况")),
                        flat.indexOf(LibreOffice.flat("四、政府信息公开行政复议、行政诉讼情况")));
        assertThat(table3).contains("申请人情况", "法人或其他组织", "三、本年度办理结果");
        // Each row's digits: the number of its reason (4.保护第三方合法权益), then its seven counts.
        Map<String, String> reasonNumbers =
                ReportLayout.ofDocument(report.statistics().layout()).orElseThrow().rows().stream()
                        .collect(
                                Collectors.toMap(
                                        ReportLayout.Row::key,
                                        r -> r.item().replaceAll("\\D", "")));
        String rows =
                report.statistics().applications().rows().stream()
                        .map(
                                r ->
                                        reasonNumbers.get(r.key())
                                                + r.values().stream()
                                                        .map(String::valueOf)
                                                        .collect(Collectors.joining()))
                        .collect(Collectors.joining());
        assertThat(table3.replaceAll("\\D", ""))
                .as("表三's rows in order, each with its counts")
                .isEqualTo(rows);

        String table4 =
                flat.substring(
                        flat.indexOf(LibreOffice.flat("四、政府信息公开行政复议、行政诉讼情况")),
                        flat.indexOf(LibreOffice.flat("五、存在的主要问题及改进情况")));
        assertThat(table4).contains("未经复议直接起诉", "复议后起诉");
        assertThat(LibreOffice.occurrences(table4, "结果维持"))
                .as("表四 one wide row: the result columns under each of three kinds")
                .isEqualTo(3);
        assertThat(table4.replaceAll("\\D", ""))
                .as("表四's one wide row of 15 counts, in order")
                .isEqualTo("100010001100000");
    }
}
