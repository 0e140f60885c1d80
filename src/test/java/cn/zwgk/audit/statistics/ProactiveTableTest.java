package cn.zwgk.audit.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.facts.CreditDisclosure;
import cn.zwgk.audit.facts.EnforcementDecision;
import cn.zwgk.audit.facts.NormativeDocument;
import cn.zwgk.audit.facts.PowerItem;
import cn.zwgk.audit.facts.ReportLayout.Matter;
import cn.zwgk.audit.facts.ReportLayout.Measure;
import cn.zwgk.audit.facts.ResourceAllocation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Table 2 (主动公开政府信息情况) from the registers and decision records: each cell the evidence gives, and
 * none it does not.
 */
class ProactiveTableTest {
    private static final int YEAR = 2020;

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static NormativeDocument document(
            String id,
            NormativeDocument.Type type,
            LocalDate issued,
            LocalDate published,
            LocalDate repealed) {
        return new NormativeDocument(id, "法制科", type, "文件" + id, null, issued, published, repealed);
    }

    private static PowerItem item(
            String id, PowerItem.Category category, LocalDate listed, LocalDate removed) {
        return new PowerItem(id, "法制科", category, "事项" + id, listed, removed);
    }

    private static ResourceAllocation purchase(
            String id, LocalDate on, Boolean central, Long yuan) {
        return new ResourceAllocation(
                id,
                "办公室",
                ResourceAllocation.Type.政府采购,
                "采购" + id,
                on,
                null,
                central,
                yuan,
                null,
                null,
                null);
    }

    private static BigDecimal n(long value) {
        return BigDecimal.valueOf(value);
    }

    @Test
    void theRegisterOfDocumentsGivesMadePublishedRepealedAndInForceAtTheYearsEnd() {
        List<Object> records =
                List.of(
                        // Made and published in the year, in force at its end.
                        document(
                                "D-1",
                                NormativeDocument.Type.行政规范性文件,
                                day(2020, 3, 1),
                                day(2020, 3, 5),
                                null),
                        // Made in 2019, published in 2020, repealed on the year's last day.
                        document(
                                "D-2",
                                NormativeDocument.Type.行政规范性文件,
                                day(2019, 12, 20),
                                day(2020, 1, 2),
                                day(2020, 12, 31)),
                        // Repealed the day after the year: still in force at its end.
                        document(
                                "D-3",
                                NormativeDocument.Type.行政规范性文件,
                                day(2018, 5, 1),
                                day(2018, 5, 2),
                                day(2021, 1, 1)),
                        // Made at the year's end, not yet published: in force, not public.
                        document(
                                "D-4",
                                NormativeDocument.Type.行政规范性文件,
                                day(2020, 12, 31),
                                null,
                                null));

        Map<Measure, BigDecimal> documents =
                AnnualStatistics.proactive(YEAR, records).get(Matter.规范性文件);

        assertThat(documents)
                .containsEntry(Measure.MADE, n(2))
                .containsEntry(Measure.PUBLISHED, n(2))
                .containsEntry(Measure.PUBLIC_TOTAL, n(2))
                .containsEntry(Measure.REPEALED, n(1))
                .containsEntry(Measure.IN_FORCE, n(3));
        assertThat(AnnualStatistics.proactive(YEAR, records).get(Matter.规章))
                .as("a register with no 规章 says there are none")
                .containsEntry(Measure.MADE, n(0))
                .containsEntry(Measure.IN_FORCE, n(0));
    }

    @Test
    void theListOfPowersGivesLastYearsItemsAndTheChange() {
        List<Object> records =
                List.of(
                        item("P-1", PowerItem.Category.行政许可, day(2015, 1, 1), null),
                        item("P-2", PowerItem.Category.行政许可, day(2015, 1, 1), day(2020, 7, 1)),
                        item("P-3", PowerItem.Category.行政许可, day(2019, 12, 31), null),
                        item("P-4", PowerItem.Category.行政许可, day(2020, 6, 1), null),
                        item("P-5", PowerItem.Category.行政许可, day(2020, 6, 1), day(2020, 9, 1)),
                        item("P-7", PowerItem.Category.行政许可, day(2020, 10, 1), null),
                        // Removed on the last day of 2019: not on the list at its end.
                        item("P-6", PowerItem.Category.行政处罚, day(2016, 1, 1), day(2019, 12, 31)));

        Map<Matter, Map<Measure, BigDecimal>> table = AnnualStatistics.proactive(YEAR, records);

        assertThat(table.get(Matter.行政许可))
                .containsEntry(Measure.ITEMS_LAST_YEAR, n(3))
                .containsEntry(Measure.ITEMS_CHANGE, n(1));
        assertThat(table.get(Matter.行政处罚))
                .containsEntry(Measure.ITEMS_LAST_YEAR, n(0))
                .containsEntry(Measure.ITEMS_CHANGE, n(0));
        assertThat(table.get(Matter.行政事业性收费)).containsEntry(Measure.ITEMS_LAST_YEAR, n(0));
        assertThat(table.get(Matter.行政许可))
                .as("no decision records: the count of decisions is not given")
                .doesNotContainKey(Measure.DECISIONS);
    }

    @Test
    void decisionsCountInTheYearTheyWereMade() {
        List<Object> records =
                List.of(
                        new CreditDisclosure(
                                "C-1",
                                "办公室",
                                CreditDisclosure.Type.行政许可,
                                null,
                                null,
                                day(2020, 1, 1),
                                null),
                        new CreditDisclosure(
                                "C-2",
                                "办公室",
                                CreditDisclosure.Type.行政许可,
                                null,
                                null,
                                day(2019, 12, 31),
                                null),
                        new EnforcementDecision(
                                "E-1",
                                "劳动保障监察大队",
                                EnforcementDecision.Measure.扣押财物,
                                null,
                                null,
                                day(2020, 12, 31)));

        Map<Matter, Map<Measure, BigDecimal>> table = AnnualStatistics.proactive(YEAR, records);

        assertThat(table.get(Matter.行政许可)).containsEntry(Measure.DECISIONS, n(1));
        assertThat(table.get(Matter.行政处罚)).containsEntry(Measure.DECISIONS, n(0));
        assertThat(table.get(Matter.行政强制)).containsEntry(Measure.DECISIONS, n(1));
        assertThat(table).as("nothing gives 其他对外管理服务事项").doesNotContainKey(Matter.其他对外管理服务事项);
    }

    @Test
    void noRecordsOfAKindGiveNothingRatherThanZero() {
        assertThat(AnnualStatistics.proactive(YEAR, List.of())).isEmpty();
    }

    @Test
    void centralisedProcurementCountsProjectsAndSumsTheirAmountInWanYuan() {
        List<Object> records =
                List.of(
                        purchase("R-1", day(2020, 2, 1), true, 1_234_567L),
                        purchase("R-2", day(2020, 3, 1), true, 50_000L),
                        purchase("R-3", day(2020, 4, 1), false, 9_999_999L),
                        purchase("R-4", day(2019, 4, 1), true, 1L));

        Map<Measure, BigDecimal> row = AnnualStatistics.proactive(YEAR, records).get(Matter.政府集中采购);

        assertThat(row).containsEntry(Measure.PROJECTS, n(2));
        assertThat(row.get(Measure.AMOUNT)).isEqualByComparingTo("128.46");
        assertThat(row.get(Measure.AMOUNT).toPlainString()).isEqualTo("128.46");
    }

    @Test
    void procurementIsNotGivenWhenAPurchaseDoesNotSayWhetherItWasCentralised() {
        List<Object> records =
                List.of(
                        purchase("R-1", day(2020, 2, 1), true, 10_000L),
                        purchase("R-2", day(2020, 3, 1), null, null));

        assertThat(AnnualStatistics.proactive(YEAR, records)).doesNotContainKey(Matter.政府集中采购);
    }

    @Test
    void theAmountIsNotGivenWhenACentralisedPurchaseHasNone() {
        List<Object> records =
                List.of(
                        purchase("R-1", day(2020, 2, 1), true, 10_000L),
                        purchase("R-2", day(2020, 3, 1), true, null));

        Map<Measure, BigDecimal> row = AnnualStatistics.proactive(YEAR, records).get(Matter.政府集中采购);

        assertThat(row).containsEntry(Measure.PROJECTS, n(2)).doesNotContainKey(Measure.AMOUNT);
    }
}
