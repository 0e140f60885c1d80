package cn.zwgk.audit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.audit.problem.CatalogException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Due dates of the project catalog's tasks, with anchor dates as the audit profile gives them. */
class DeadlineTest {

    /** 上海市人民政府令第32号: issued 2020-04-26, in force 2020-06-01. */
    private static final Map<String, LocalDate> ANCHORS =
            Map.of(
                    "rulesIssuedOn", LocalDate.of(2020, 4, 26),
                    "rulesEffectiveOn", LocalDate.of(2020, 6, 1));

    private static Catalog catalog;

    @BeforeAll
    static void loadCatalog() throws CatalogException {
        catalog = Catalog.load(Path.of("rules", "catalog.json"));
    }

    private static Deadline deadlineOf(int number) {
        return catalog.task(number).orElseThrow().deadline();
    }

    @Test
    void newRulesPlusOneMonthEndsOnTheSameDayNextMonth() throws CatalogException {
        assertThat(deadlineOf(1).dueDate(2020, ANCHORS)).isEqualTo(LocalDate.of(2020, 5, 26));
        assertThat(deadlineOf(1).describe(2020, ANCHORS))
                .isEqualTo("2020-04-26 后1个月内，至 2020-05-26");
    }

    @Test
    void aMonthDeadlineEndsOnTheLastDayOfThatMonth() throws CatalogException {
        assertThat(deadlineOf(4).dueDate(2020, ANCHORS)).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(deadlineOf(5).dueDate(2020, ANCHORS)).isEqualTo(LocalDate.of(2020, 6, 30));
        assertThat(deadlineOf(5).describe(2020, ANCHORS)).isEqualTo("2020-06-30");
        assertThat(new Deadline.MonthEnd(YearMonth.of(2020, 2)).dueDate(2020, Map.of()))
                .isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void inYearAndContinuousRunToTheEndOfTheAuditYear() throws CatalogException {
        assertThat(deadlineOf(6).dueDate(2020, Map.of())).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(deadlineOf(6).describe(2020, Map.of())).isEqualTo("年内");
        assertThat(deadlineOf(3).dueDate(2021, ANCHORS)).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(deadlineOf(3).describe(2020, ANCHORS)).isEqualTo("实时（持续）");
    }

    @Test
    void aMissingAnchorIsRefusedByName() {
        Map<String, LocalDate> onlyEffective = Map.of("rulesEffectiveOn", LocalDate.of(2020, 6, 1));

        assertThatThrownBy(() -> deadlineOf(1).dueDate(2020, onlyEffective))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("“rulesIssuedOn”");
        assertThat(deadlineOf(1).describe(2020, onlyEffective))
                .isEqualTo("锚点 rulesIssuedOn 日期未提供，1个月内");
    }

    @Test
    void monthArithmeticClampsToTheEndOfAShorterMonth() throws CatalogException {
        Deadline oneMonth = new Deadline.AfterAnchor("x", 1);

        assertThat(oneMonth.dueDate(2020, Map.of("x", LocalDate.of(2020, 1, 31))))
                .isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void aDeadlineNeedsAPositiveNumberOfMonths() {
        assertThatThrownBy(() -> new Deadline.AfterAnchor("x", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
