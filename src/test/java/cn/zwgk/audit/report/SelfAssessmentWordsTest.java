package cn.zwgk.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.report.AuditReport.Finding;
import cn.zwgk.audit.verdict.Labels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The outputs are the bureau's own 自查 (README, “交出去的文件”): the Word documents it hands in carry none
 * of an audit office's or a developer's words, and the reports for auditors keep each rule's name
 * on a secondary line of its own. (Words inside rule messages, such as a leading 全局, are the rules'
 * to change.)
 */
class SelfAssessmentWordsTest {
    private static final AuditReport REPORT = Fixtures.sample();

    /** Words of the first edition that the reports' own text no longer uses. */
    private static final List<String> AUDIT_OFFICE_WORDS =
            List.of("审计", "证据", "缺少证据", "已豁免", "审计发现", "〔规则", "单位 × 任务", "无规则结论");

    @ParameterizedTest
    @ValueSource(strings = {"docx", "annual-docx"})
    void theWordDocumentsHaveNoAuditOfficeOrDeveloperWords(String format) throws Exception {
        String body =
                RenderedText.docxBody(Renderers.byFormat(format).orElseThrow().render(REPORT));
        assertThat(body).doesNotContain(AUDIT_OFFICE_WORDS.toArray(String[]::new));
        assertThat(body).doesNotContain(Labels.RULE + "：");
        for (AuditReport.TaskResult t : REPORT.tasks()) {
            for (Finding f : t.findings()) {
                assertThat(body).as("rule name in %s", format).doesNotContain(f.rule());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"md", "html"})
    void theReportsForAuditorsNameEachRuleOnASecondaryLine(String format) throws Exception {
        String text =
                new String(
                        Renderers.byFormat(format).orElseThrow().render(REPORT),
                        StandardCharsets.UTF_8);
        String opening = format.equals("md") ? "<br><sub>规则：" : "<small class=\"rule\">规则：";
        long findings = REPORT.tasks().stream().mapToLong(t -> t.findings().size()).sum();
        assertThat(text.split(java.util.regex.Pattern.quote(opening), -1))
                .as("one secondary line per finding")
                .hasSize((int) findings + 1);
        assertThat(text)
                .doesNotContain("〔规则", "单位 × 任务", "无规则结论", "审计发现", "缺少证据", "已豁免")
                .contains("自查报告", Labels.UNITS_OVERVIEW, Labels.TASK_DETAILS);
    }
}
