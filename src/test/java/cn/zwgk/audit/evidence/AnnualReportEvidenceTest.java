package cn.zwgk.audit.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.zwgk.audit.facts.EvidenceKind;
import cn.zwgk.audit.facts.PublishedReportTables;
import cn.zwgk.audit.problem.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence behind the annual report's tables: a published table is read in its year's layout
 * with blank cells as 0, and every cell, row or reason that the layout does not have is refused
 * with its place, all at once.
 */
class AnnualReportEvidenceTest {

    @TempDir Path dir;

    private EvidenceFolder folder;

    @BeforeEach
    void profile() {
        folder = EvidenceFolder.withProfile(dir);
    }

    private static String tables(String year, String applications) {
        return """
        {"schema": "zwgk-evidence/1", "kind": "report-tables", "records": [
          {"id": "RT-1", "unit": "办公室", "reportYear": %s,
           "applications": %s,
           "reviews": {"行政复议": [1, null, null, null, 1]}}]}
        """
                .formatted(year, applications);
    }

    @Test
    void blankCellsAndAbsentRowsReadAsZero() throws Exception {
        folder.write(
                "report-tables.json",
                tables("2020", "{\"一\": [2, null, null, null, null, null, 2]}"));
        PublishedReportTables t = (PublishedReportTables) folder.load().records().get(0);
        assertThat(folder.load().count(EvidenceKind.REPORT_TABLES)).isEqualTo(1);
        assertThat(t.applicationsTable().row("一")).containsExactly(2, 0, 0, 0, 0, 0, 2);
        assertThat(t.applicationsTable().row("四")).containsOnly(0);
        assertThat(t.reviewsTable().row("行政复议")).containsExactly(1, 0, 0, 0, 1);
        assertThat(t.reviewsTable().row("复议后起诉")).containsOnly(0);
    }

    @Test
    void aRowOfTheOtherEditionIsRefusedNamingTheRowsOfThisOne() {
        // 其他处理 has three sub-rows only from the 2021 edition on.
        folder.write("report-tables.json", tables("2020", "{\"三（六）2\": [0, 1, 0, 0, 0, 0, 1]}"));
        assertThat(folder.refusal().problems())
                .extracting(Problem::pointer, Problem::reason)
                .containsExactly(
                        tuple(
                                "/records/0/applications/三（六）2",
                                "2020 年度（国办公开办函〔2019〕60号）表三没有“三（六）2”行（应为：一、二、三（一）、三（二）、三（三）1、"
                                    + "三（三）2、三（三）3、三（三）4、三（三）5、三（三）6、三（三）7、三（三）8、三（四）1、三（四）2、三（四）3、"
                                    + "三（五）1、三（五）2、三（五）3、三（五）4、三（五）5、三（六）、三（七）、四）"));
    }

    @Test
    void theSameRowIsAcceptedInA2021Report() throws Exception {
        folder.write("report-tables.json", tables("2021", "{\"三（六）2\": [0, 1, 0, 0, 0, 0, 1]}"));
        assertThat(folder.load().records()).hasSize(1);
    }

    @Test
    void everyWrongRowLengthAndNegativeCellIsReported() {
        folder.write(
                "report-tables.json",
                tables(
                        "2021",
                        "{\"一\": [1, 2, 3], \"二\": [0, -1, 0, 0, 0, 0, -1], \"三（九）\": [1, 0, 0, 0,"
                                + " 0, 0, 1]}"));
        assertThat(folder.refusal().problems())
                .extracting(Problem::pointer)
                .containsExactly(
                        "/records/0/applications/一",
                        "/records/0/applications/三（九）",
                        "/records/0/applications/二/1",
                        "/records/0/applications/二/6");
        assertThat(folder.refusal().problems().get(0).reason())
                .isEqualTo("表三“一”行有 3 个数，应为 7 个（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计），空格填 null");
        assertThat(folder.refusal().problems().get(2).reason()).isEqualTo("表三“二”行“商业企业”列为负数 -1");
    }

    @Test
    void nullsStayRefusedInArraysOfOtherKinds() {
        folder.write(
                "meetings.json",
                """
                {"schema": "zwgk-evidence/1", "kind": "meeting", "records": [
                  {"id": "M-1", "type": "业务培训", "title": "培训", "date": "2020-05-01", "units": [null]}]}
                """);
        assertThat(folder.refusal().problems())
                .extracting(Problem::reason)
                .contains("数组中不能有 null 元素");
    }

    @Test
    void anOutcomeReasonMustBeOneTheFormatListsUnderTheOutcome() {
        folder.write(
                "applications.json",
                """
                {"schema": "zwgk-evidence/1", "kind": "application", "records": [
                  {"id": "A-1", "unit": "办公室", "receivedOn": "2020-01-03", "outcome": "不予公开", "outcomeReason": "重复申请"},
                  {"id": "A-2", "unit": "办公室", "receivedOn": "2020-01-03", "outcome": "予以公开", "outcomeReason": "其他"},
                  {"id": "A-3", "unit": "办公室", "receivedOn": "2020-01-03", "outcomeReason": "重复申请"},
                  {"id": "A-4", "unit": "办公室", "receivedOn": "2020-01-03", "outcome": "不予处理", "outcomeReason": "重复申请"}]}
                """);
        assertThat(folder.refusal().problems())
                .extracting(Problem::pointer, Problem::reason)
                .containsExactly(
                        tuple(
                                "/records/0/outcomeReason",
                                "“重复申请”不是“不予公开”的情形之一（应为：属于国家秘密、其他法律行政法规禁止公开、"
                                    + "危及“三安全一稳定”、保护第三方合法权益、属于三类内部事务信息、属于四类过程性信息、属于行政执法案卷、属于行政查询事项）"),
                        tuple("/records/1/outcomeReason", "办理结果“予以公开”在年报格式中不分情形，不应填写情形"),
                        tuple("/records/2/outcomeReason", "填写了情形“重复申请”但没有办理结果"));
    }

    @Test
    void aReviewCaseResultAndItsDateGoTogether() {
        folder.write(
                "review-cases.json",
                """
                {"schema": "zwgk-evidence/1", "kind": "review-case", "records": [
                  {"id": "RC-1", "unit": "办公室", "kind": "行政复议", "filedOn": "2020-03-01", "result": "维持"},
                  {"id": "RC-2", "unit": "办公室", "kind": "复议后起诉", "filedOn": "2020-03-01", "result": "纠正",
                   "concludedOn": "2020-02-01"},
                  {"id": "RC-3", "unit": "办公室", "kind": "起诉", "filedOn": "2020-03-01"}]}
                """);
        assertThat(folder.refusal().problems())
                .extracting(Problem::pointer, Problem::reason)
                .containsExactly(
                        tuple("/records/0/concludedOn", "审结结果与审结日期应同时填写（未审结时都不填）"),
                        tuple("/records/1/concludedOn", "审结日期 2020-02-01 早于申请复议或起诉日期 2020-03-01"),
                        tuple("/records/2/kind", "值 \"起诉\" 不是允许的取值（允许：行政复议、未经复议直接起诉、复议后起诉）"));
    }
}
