package cn.zwgk.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.AuditRules;
import cn.zwgk.audit.Auditor;
import cn.zwgk.audit.verdict.Labels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled sample's two waivers, audited on 2020-12-31: WV-001 excuses task 24 for every unit,
 * WV-002 excuses 劳动关系科's February 2020 of task 32, approved by 办公室. Every format lists both with
 * what they excuse and who approved them.
 */
class WaiversInEveryFormatTest {
    static AuditReport report;

    static final List<Object> WHOLE_TASK =
            List.of(
                    "WV-001",
                    "24",
                    "全部责任单位",
                    "整项任务",
                    "区政务公开标准应用优化工作由区政府办公室统一部署，2020 年因疫情防控延至 2021 年一季度开展，本局不单独记录",
                    "局长 张某",
                    "局党组会议（会议纪要〔2020〕18号）",
                    "2020年9月15日");
    static final List<Object> FEBRUARY =
            List.of(
                    "WV-002",
                    "32",
                    "劳动关系科",
                    "2020年2月1日至2020年2月29日",
                    "2020 年 2 月疫情期间居家办公，内网工作平台无法登录",
                    "主任 王某",
                    "办公室",
                    "2020年3月2日");

    @BeforeAll
    static void audit() throws Exception {
        report =
                new Auditor(AuditRules.load(Path.of("rules")))
                        .audit(Path.of("sample-data/2020"), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "md", "html", "xlsx", "csv", "docx"})
    void everyFormatListsEachWaiverWithItsScopeAndApprover(String format) throws Exception {
        String text =
                RenderedText.visible(
                        format, Renderers.byFormat(format).orElseThrow().render(report));
        for (List<Object> waiver : List.of(WHOLE_TASK, FEBRUARY)) {
            for (Object cell : waiver) {
                String expected = cell.toString();
                if (format.equals("json") && cell.equals(Labels.ALL_UNITS)) {
                    continue; // report.json keeps the unit null, as docs/report-schema.md says
                }
                if (format.equals("docx") && cell.equals(waiver.get(0))) {
                    continue; // the appendix names no record id of its own
                }
                if (format.equals("json") && cell.equals(waiver.get(7))) {
                    expected = waiver == WHOLE_TASK ? "2020-09-15" : "2020-03-02";
                }
                assertThat(text).as("%s: %s", format, waiver.get(0)).contains(expected);
            }
        }
    }

    @Test
    void markdownAndHtmlGiveEachWaiverOneRow() throws Exception {
        String md = new String(new MarkdownRenderer().render(report), StandardCharsets.UTF_8);
        assertThat(md)
                .contains(
                        "| WV-002 | 32 | 劳动关系科 | 2020年2月1日至2020年2月29日 | 2020 年 2"
                                + " 月疫情期间居家办公，内网工作平台无法登录 | 主任 王某 | 办公室 | 2020年3月2日 |\n");
        String html = new String(new HtmlRenderer().render(report), StandardCharsets.UTF_8);
        assertThat(html)
                .contains(
                        "<a href=\"#waivers\">经批准调整事项</a>",
                        "<tr><td>WV-002</td><td class=\"n\"><a"
                                + " href=\"#task-32\">32</a></td><td>劳动关系科</td>"
                                + "<td>2020年2月1日至2020年2月29日</td><td>2020 年 2"
                                + " 月疫情期间居家办公，内网工作平台无法登录</td><td>主任 王某</td>"
                                + "<td>办公室</td><td>2020年3月2日</td></tr>");
    }

    @Test
    void theSpreadsheetHasAWaiverSheetOneRowEach() throws Exception {
        List<List<String>> rows = RenderedText.xlsxCells(new SpreadsheetRenderer().render(report));
        int sheet = rows.indexOf(List.of("经批准调整事项"));
        assertThat(rows.subList(sheet + 1, sheet + 5))
                .containsExactly(
                        WaiverLines.HEADER,
                        WHOLE_TASK.stream().map(Object::toString).toList(),
                        FEBRUARY.stream().map(Object::toString).toList(),
                        List.of("输入清单"));
    }

    @Test
    void theAppendixListsTheExceptionsAfterTheTableAndTheWaivedTaskSaysSo() throws Exception {
        String body = RenderedText.docxBody(new AppendixRenderer().render(report));
        assertThat(body)
                .contains(
                        "经批准调整：" + WHOLE_TASK.get(4),
                        "2. 任务32（劳动关系科，2020年2月1日至2020年2月29日）：2020 年 2 月疫情期间居家办公，内网工作平台无法登录。"
                                + "办公室 主任 王某 2020年3月2日批准。")
                .doesNotContain("WV-00");
    }
}
