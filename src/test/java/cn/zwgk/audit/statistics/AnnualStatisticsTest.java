package cn.zwgk.audit.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.facts.Application;
import cn.zwgk.audit.facts.Application.ApplicantType;
import cn.zwgk.audit.facts.Application.Outcome;
import cn.zwgk.audit.facts.ReportLayout;
import cn.zwgk.audit.facts.ReviewCase;
import cn.zwgk.audit.facts.StatisticsTable;
import cn.zwgk.audit.facts.TestRecords;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Table 3 and Table 4 generated from case records, at the year boundaries that decide each row. */
class AnnualStatisticsTest {

    private static Application app(
            String id,
            ApplicantType type,
            String received,
            String replied,
            Outcome outcome,
            String reason) {
        LocalDate r = LocalDate.parse(received);
        return TestRecords.of(
                Application.class,
                "id",
                id,
                "unit",
                "办公室",
                "receivedOn",
                r,
                "registeredOn",
                r,
                "reviewedOn",
                r,
                "repliedOn",
                replied == null ? null : LocalDate.parse(replied),
                "applicantType",
                type,
                "outcome",
                outcome,
                "outcomeReason",
                reason);
    }

    @Test
    void eachCaseLandsInOneStartRowAndOneEndRowOfItsApplicantColumn() {
        List<Object> records =
                List.of(
                        app(
                                "NEW-ANSWERED",
                                ApplicantType.自然人,
                                "2020-01-02",
                                "2020-01-20",
                                Outcome.予以公开,
                                null),
                        app("NEW-OPEN", ApplicantType.商业企业, "2020-12-31", null, null, null),
                        app(
                                "NEW-ANSWERED-NEXT-YEAR",
                                ApplicantType.科研机构,
                                "2020-12-20",
                                "2021-01-05",
                                Outcome.部分公开,
                                null),
                        app(
                                "OLD-ANSWERED-NOW",
                                ApplicantType.自然人,
                                "2019-12-31",
                                "2020-01-01",
                                Outcome.不予公开,
                                "保护第三方合法权益"),
                        app("OLD-STILL-OPEN", ApplicantType.法律服务机构, "2019-11-01", null, null, null),
                        app(
                                "OLD-DONE-LAST-YEAR",
                                ApplicantType.自然人,
                                "2019-11-01",
                                "2019-12-31",
                                Outcome.予以公开,
                                null),
                        app("NEXT-YEAR", ApplicantType.自然人, "2021-01-01", null, null, null),
                        "not an application");

        AnnualStatistics.ApplicationsTable generated = AnnualStatistics.applications(2020, records);
        StatisticsTable t = generated.table();

        assertThat(generated.layout()).isEqualTo(ReportLayout.GB_2019);
        assertThat(generated.unplaced()).isEmpty();
        assertThat(t.row("一")).containsExactly(1, 1, 1, 0, 0, 0, 3);
        assertThat(t.row("二")).containsExactly(1, 0, 0, 0, 1, 0, 2);
        assertThat(t.row("三（一）")).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(t.row("三（三）4")).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(t.row("三（七）")).containsExactly(2, 0, 0, 0, 0, 0, 2);
        assertThat(t.row("四")).containsExactly(0, 1, 1, 0, 1, 0, 3);
        for (String column : t.columns()) {
            assertThat(t.cell("一", column) + t.cell("二", column))
                    .isEqualTo(t.cell("三（七）", column) + t.cell("四", column));
        }
    }

    @Test
    void aCaseThatCannotBePlacedIsListedNotGuessed() {
        List<Object> records =
                List.of(
                        app("NO-TYPE", null, "2021-02-01", null, null, null),
                        app(
                                "NO-REASON",
                                ApplicantType.其他,
                                "2021-02-01",
                                "2021-02-10",
                                Outcome.其他处理,
                                null),
                        app(
                                "PLACED",
                                ApplicantType.其他,
                                "2021-02-01",
                                "2021-02-10",
                                Outcome.其他处理,
                                "其他"));

        AnnualStatistics.ApplicationsTable generated = AnnualStatistics.applications(2021, records);

        assertThat(generated.layout()).isEqualTo(ReportLayout.GB_2021);
        assertThat(generated.unplaced())
                .containsExactly(
                        new AnnualStatistics.Unplaced("NO-TYPE", "未注明申请人类型"),
                        new AnnualStatistics.Unplaced("NO-REASON", "办理结果“其他处理”未注明情形"));
        assertThat(generated.table().row("一")).containsExactly(0, 0, 0, 0, 0, 1, 1);
        assertThat(generated.table().row("三（六）3")).containsExactly(0, 0, 0, 0, 0, 1, 1);
    }

    @Test
    void reviewCasesFiledInTheYearCountByTheirResultAtItsEnd() {
        List<Object> records =
                List.of(
                        new ReviewCase(
                                "R-1",
                                "办公室",
                                ReviewCase.Kind.行政复议,
                                LocalDate.of(2020, 3, 1),
                                ReviewCase.Result.维持,
                                LocalDate.of(2020, 6, 1)),
                        new ReviewCase(
                                "R-2",
                                "办公室",
                                ReviewCase.Kind.行政复议,
                                LocalDate.of(2020, 3, 1),
                                ReviewCase.Result.纠正,
                                LocalDate.of(2021, 1, 4)),
                        new ReviewCase(
                                "R-3",
                                "办公室",
                                ReviewCase.Kind.复议后起诉,
                                LocalDate.of(2020, 9, 1),
                                ReviewCase.Result.其他,
                                LocalDate.of(2020, 12, 31)),
                        new ReviewCase(
                                "R-4",
                                "办公室",
                                ReviewCase.Kind.未经复议直接起诉,
                                LocalDate.of(2020, 10, 1),
                                null,
                                null),
                        new ReviewCase(
                                "R-5",
                                "办公室",
                                ReviewCase.Kind.行政复议,
                                LocalDate.of(2019, 12, 31),
                                ReviewCase.Result.维持,
                                LocalDate.of(2020, 1, 2)));

        StatisticsTable t = AnnualStatistics.reviews(2020, records);

        assertThat(t.row("行政复议")).containsExactly(1, 0, 0, 1, 2);
        assertThat(t.row("未经复议直接起诉")).containsExactly(0, 0, 0, 1, 1);
        assertThat(t.row("复议后起诉")).containsExactly(0, 0, 1, 0, 1);
    }
}
