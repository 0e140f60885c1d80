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
 * The bundled sample's two waivers, audited on 2020-12-31: WV-001 (task 24, every unit) live,
 * WV-002 (task 32, 劳动关系科) expired on 2020-06-30. Every format a reader looks them up in lists both
 * with their status; the appendix does not, its rows saying 已豁免 instead.
 */
class WaiversInEveryFormatTest {
    static AuditReport report;

    static final List<Object> LIVE =
            List.of(
                    "WV-001",
                    "24",
                    "全部责任单位",
                    "区政务公开标准应用优化工作由区政府办公室统一部署，2020 年因疫情防控延至 2021 年一季度开展，本局不单独记录",
                    "局党组会议（会议纪要〔2020〕18号）",
                    "2020-09-15",
                    "2021-03-31",
                    "生效");
    static final List<Object> EXPIRED =
            List.of(
                    "WV-002",
                    "32",
                    "劳动关系科",
                    "2020 年 2 月疫情期间居家办公，内网工作平台无法登录",
                    "办公室主任 王某",
                    "2020-03-02",
                    "2020-06-30",
                    "已过期");

    @BeforeAll
    static void audit() throws Exception {
        report =
                new Auditor(AuditRules.load(Path.of("rules")))
                        .audit(Path.of("sample-data/2020"), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "md", "html", "xlsx"})
    void everyReaderFormatListsEachWaiverWithItsStatus(String format) throws Exception {
        String text =
                RenderedText.visible(
                        format, Renderers.byFormat(format).orElseThrow().render(report));
        for (List<Object> waiver : List.of(LIVE, EXPIRED)) {
            for (Object cell : waiver) {
                if (format.equals("json") && cell.equals(Labels.ALL_UNITS)) {
                    continue; // report.json keeps the unit null, as docs/report-schema.md says
                }
                assertThat(text).as("%s: %s", format, waiver.get(0)).contains(cell.toString());
            }
        }
    }

    @Test
    void markdownAndHtmlGiveEachWaiverOneRowWithItsStatusLast() throws Exception {
        String md = new String(new MarkdownRenderer().render(report), StandardCharsets.UTF_8);
        assertThat(md)
                .contains(
                        "| WV-002 | 32 | 劳动关系科 | 2020 年 2 月疫情期间居家办公，内网工作平台无法登录 | 办公室主任 王某 "
                                + "| 2020-03-02 | 2020-06-30 | 已过期 |\n");
        String html = new String(new HtmlRenderer().render(report), StandardCharsets.UTF_8);
        assertThat(html)
                .contains(
                        "<a href=\"#waivers\">经批准调整事项</a>",
                        "<tr><td>WV-002</td><td class=\"n\"><a"
                                + " href=\"#task-32\">32</a></td><td>劳动关系科</td><td>2020 年 2"
                                + " 月疫情期间居家办公，内网工作平台无法登录</td><td>办公室主任 王某</td>"
                                + "<td>2020-03-02</td><td>2020-06-30</td><td>已过期</td></tr>");
    }

    @Test
    void theSpreadsheetHasAWaiverSheetOneRowEach() throws Exception {
        List<List<String>> rows = RenderedText.xlsxCells(new SpreadsheetRenderer().render(report));
        int sheet = rows.indexOf(List.of("经批准调整事项"));
        assertThat(rows.subList(sheet + 1, sheet + 5))
                .containsExactly(
                        WaiverLines.HEADER,
                        LIVE.stream().map(Object::toString).toList(),
                        EXPIRED.stream().map(Object::toString).toList(),
                        List.of("输入清单"));
    }

    @Test
    void theAppendixHasNoWaiverListButTheWaivedTaskSaysSo() throws Exception {
        String body = RenderedText.docxBody(new AppendixRenderer().render(report));
        assertThat(body).doesNotContain("截至日状态", "WV-002").contains("经批准调整：" + LIVE.get(3));
    }
}
