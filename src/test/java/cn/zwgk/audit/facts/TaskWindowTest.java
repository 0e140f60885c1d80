package cn.zwgk.audit.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which months of the audit year a monthly duty (task 32) can already be checked for. */
class TaskWindowTest {

    @ParameterizedTest(name = "审计日 {0}：已结束 {1} 个月")
    @CsvSource({
        "2019-12-31, 0", // before the audit year
        "2020-01-30, 0", // January has not ended
        "2020-01-31, 1", // the audit date is January's last day: January counts
        "2020-02-29, 2", // leap-year February ends on the 29th
        "2020-03-01, 2",
        "2020-12-30, 11",
        "2020-12-31, 12",
        "2021-03-31, 12" // after the year: all twelve, none of the next year
    })
    void endedMonthsCountOnlyMonthsThatHaveEndedByTheAuditDate(LocalDate asOf, int ended) {
        TaskWindow window = TaskWindow.of(32, LocalDate.of(2020, 12, 31), asOf);
        assertThat(window.endedMonths(2020)).hasSize(ended);
        if (ended > 0) {
            assertThat(window.endedMonths(2020))
                    .startsWith(YearMonth.of(2020, 1))
                    .endsWith(YearMonth.of(2020, ended));
        }
    }
}
