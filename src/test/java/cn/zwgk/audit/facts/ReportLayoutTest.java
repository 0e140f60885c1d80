package cn.zwgk.audit.facts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.facts.Application.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The two editions of the annual report's tables, row by row as the national documents print them.
 */
class ReportLayoutTest {

    @Test
    void reportsUpTo2020FollowThe2019EditionAndFrom2021The2021Edition() {
        assertThat(ReportLayout.forYear(2019)).isEqualTo(ReportLayout.GB_2019);
        assertThat(ReportLayout.forYear(2020)).isEqualTo(ReportLayout.GB_2019);
        assertThat(ReportLayout.forYear(2021)).isEqualTo(ReportLayout.GB_2021);
        assertThat(ReportLayout.GB_2019.document()).isEqualTo("国办公开办函〔2019〕60号");
        assertThat(ReportLayout.GB_2021.document()).isEqualTo("国办公开办函〔2021〕30号");
    }

    @Test
    void the2019EditionHasOneRowFor其他处理() {
        assertThat(ReportLayout.GB_2019.rows())
                .extracting(ReportLayout.Row::label)
                .containsExactly(
                        "一、本年新收政府信息公开申请数量",
                        "二、上年结转政府信息公开申请数量",
                        "（一）予以公开",
                        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                        "（三）不予公开 1.属于国家秘密",
                        "（三）不予公开 2.其他法律行政法规禁止公开",
                        "（三）不予公开 3.危及“三安全一稳定”",
                        "（三）不予公开 4.保护第三方合法权益",
                        "（三）不予公开 5.属于三类内部事务信息",
                        "（三）不予公开 6.属于四类过程性信息",
                        "（三）不予公开 7.属于行政执法案卷",
                        "（三）不予公开 8.属于行政查询事项",
                        "（四）无法提供 1.本机关不掌握相关政府信息",
                        "（四）无法提供 2.没有现成信息需要另行制作",
                        "（四）无法提供 3.补正后申请内容仍不明确",
                        "（五）不予处理 1.信访举报投诉类申请",
                        "（五）不予处理 2.重复申请",
                        "（五）不予处理 3.要求提供公开出版物",
                        "（五）不予处理 4.无正当理由大量反复申请",
                        "（五）不予处理 5.要求行政机关确认或重新出具已获取信息",
                        "（六）其他处理",
                        "（七）总计",
                        "四、结转下年度继续办理");
    }

    @Test
    void the2021EditionSplits其他处理IntoThreeRowsAndIsOtherwiseTheSame() {
        assertThat(ReportLayout.GB_2021.rows()).hasSize(ReportLayout.GB_2019.rows().size() + 2);
        assertThat(ReportLayout.GB_2021.rows())
                .filteredOn(r -> r.outcome() == Outcome.其他处理)
                .extracting(ReportLayout.Row::key, ReportLayout.Row::label)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(
                                "三（六）1", "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
                        org.assertj.core.api.Assertions.tuple(
                                "三（六）2", "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
                        org.assertj.core.api.Assertions.tuple("三（六）3", "（六）其他处理 3.其他"));
        assertThat(ReportLayout.GB_2021.rows())
                .filteredOn(r -> r.outcome() != Outcome.其他处理)
                .isEqualTo(
                        ReportLayout.GB_2019.rows().stream()
                                .filter(r -> r.outcome() != Outcome.其他处理)
                                .toList());
    }

    @Test
    void columnsAreTheApplicantTypesThenTheTotal() {
        assertThat(ReportLayout.GB_2019.columns())
                .containsExactly("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
        assertThat(ReportLayout.GB_2021.reviewColumns())
                .containsExactly("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        assertThat(ReportLayout.REVIEW_ROWS).containsExactly("行政复议", "未经复议直接起诉", "复议后起诉");
    }

    @Test
    void theResultRowsAreEveryRowBetween二AndTheTotal() {
        assertThat(ReportLayout.GB_2019.resultRowKeys())
                .hasSize(19)
                .startsWith("三（一）")
                .endsWith("三（六）");
        assertThat(ReportLayout.GB_2021.resultRowKeys())
                .hasSize(21)
                .endsWith("三（六）1", "三（六）2", "三（六）3");
    }

    @Test
    void aReasonFindsItsRowAndAMissingOrForeignReasonFindsNone() {
        assertThat(ReportLayout.GB_2019.resultRow(Outcome.不予公开, "保护第三方合法权益"))
                .get()
                .extracting(ReportLayout.Row::key)
                .isEqualTo("三（三）4");
        assertThat(ReportLayout.GB_2019.resultRow(Outcome.不予公开, null)).isEmpty();
        assertThat(ReportLayout.GB_2019.resultRow(Outcome.无法提供, "重复申请")).isEmpty();
        // The 2019 edition does not split 其他处理, so any of the 2021 reasons lands in its one row.
        assertThat(ReportLayout.GB_2019.resultRow(Outcome.其他处理, "其他"))
                .get()
                .extracting(ReportLayout.Row::key)
                .isEqualTo("三（六）");
        assertThat(ReportLayout.GB_2021.resultRow(Outcome.其他处理, null)).isEmpty();
        assertThat(ReportLayout.GB_2021.resultRow(Outcome.予以公开, null))
                .get()
                .extracting(ReportLayout.Row::key)
                .isEqualTo("三（一）");
    }

    @Test
    void aReportFindsItsEditionByTheDocumentItCites() {
        assertThat(ReportLayout.ofDocument("国办公开办函〔2019〕60号")).contains(ReportLayout.GB_2019);
        assertThat(ReportLayout.ofDocument("国办公开办函〔2021〕30号")).contains(ReportLayout.GB_2021);
        assertThat(ReportLayout.ofDocument("国办公开办函〔2021〕31号")).isEmpty();
    }

    @Test
    void aSplitRowPrintsItsReasonUnderItsOutcomesHeading() {
        ReportLayout.Row withheld =
                ReportLayout.GB_2019.resultRow(Outcome.不予公开, "保护第三方合法权益").orElseThrow();
        assertThat(ReportLayout.heading(Outcome.不予公开)).isEqualTo("（三）不予公开");
        assertThat(withheld.item()).isEqualTo("4.保护第三方合法权益");
        assertThat(ReportLayout.GB_2019.resultRow(Outcome.部分公开, null).orElseThrow().item())
                .isEmpty();
        assertThat(ReportLayout.ORGANISATION_COLUMNS)
                .containsExactly("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
        assertThat(ReportLayout.LITIGATION_ROWS).containsExactly("未经复议直接起诉", "复议后起诉");
    }
}
