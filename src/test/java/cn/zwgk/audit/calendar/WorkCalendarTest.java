package cn.zwgk.audit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkCalendarTest {

    private static final WorkCalendar CAL = WorkCalendar.official();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Stream<LocalDate> span(String first, String last) {
        return d(first).datesUntil(d(last).plusDays(1));
    }

    /** Day-by-day reference count, independent of the prefix-count arithmetic. */
    private static int countByWalking(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (CAL.isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** 2020: 国办发明电〔2019〕16号, Spring Festival extended by 国办发明电〔2020〕1号. */
    @Nested
    class Year2020 {

        static Stream<LocalDate> daysOff2020() {
            return Stream.of(
                            span("2020-01-01", "2020-01-01"),
                            span("2020-01-24", "2020-02-02"),
                            span("2020-04-04", "2020-04-06"),
                            span("2020-05-01", "2020-05-05"),
                            span("2020-06-25", "2020-06-27"),
                            span("2020-10-01", "2020-10-08"))
                    .flatMap(s -> s);
        }

        static Stream<LocalDate> workingWeekends2020() {
            return Stream.of(
                            "2020-01-19",
                            "2020-04-26",
                            "2020-05-09",
                            "2020-06-28",
                            "2020-09-27",
                            "2020-10-10")
                    .map(LocalDate::parse);
        }

        @Test
        void has249WorkingDays() {
            assertThat(CAL.workingDaysInYear(2020)).isEqualTo(249);
        }

        @ParameterizedTest
        @MethodSource("daysOff2020")
        void holidayIsOff(LocalDate date) {
            assertThat(CAL.isWorkingDay(date)).as("%s is a day off", date).isFalse();
        }

        @ParameterizedTest
        @MethodSource("workingWeekends2020")
        void adjustedWeekendIsWorking(LocalDate date) {
            assertThat(date.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(CAL.isWorkingDay(date)).as("%s is an adjusted working day", date).isTrue();
        }

        @Test
        void springFestivalExtensionToFebruary2() {
            // Friday 1/31 was a working day before the extension; Saturday 2/1 was an adjusted
            // working day cancelled by 国办发明电〔2020〕1号.
            assertThat(CAL.isWorkingDay(d("2020-01-31"))).isFalse();
            assertThat(CAL.isWorkingDay(d("2020-02-01"))).isFalse();
            assertThat(CAL.isWorkingDay(d("2020-02-02"))).isFalse();
            assertThat(CAL.isWorkingDay(d("2020-02-03"))).isTrue();
            assertThat(CAL.addWorkingDays(d("2020-01-23"), 1)).isEqualTo(d("2020-02-03"));
            assertThat(CAL.addWorkingDays(d("2020-01-31"), 1)).isEqualTo(d("2020-02-03"));
            assertThat(CAL.workingDaysBetween(d("2020-01-23"), d("2020-02-03"))).isEqualTo(1);
        }

        @Test
        void nationalDayAndMidAutumn() {
            assertThat(CAL.addWorkingDays(d("2020-09-30"), 1)).isEqualTo(d("2020-10-09"));
            LocalDate friday = d("2020-09-25");
            assertThat(CAL.workingDaysBetween(friday, d("2020-09-26"))).isZero(); // Sat off
            assertThat(CAL.workingDaysBetween(friday, d("2020-09-27"))).isEqualTo(1); // Sun worked
            assertThat(CAL.workingDaysBetween(friday, d("2020-09-30"))).isEqualTo(4); // Mon–Wed
            assertThat(CAL.workingDaysBetween(friday, d("2020-10-08")))
                    .isEqualTo(4); // 10/1–10/8 off
            assertThat(CAL.workingDaysBetween(friday, d("2020-10-09"))).isEqualTo(5);
            assertThat(CAL.workingDaysBetween(friday, d("2020-10-10"))).isEqualTo(6); // Sat worked
            assertThat(CAL.workingDaysBetween(friday, d("2020-10-11"))).isEqualTo(6);
            assertThat(CAL.workingDaysBetween(friday, d("2020-10-12"))).isEqualTo(7);
        }
    }

    @Nested
    class OtherYears {

        @Test
        void spotChecks2026() {
            assertThat(CAL.isWorkingDay(d("2026-01-04"))).as("working Sunday").isTrue();
            assertThat(CAL.isWorkingDay(d("2026-02-16"))).as("Spring Festival Monday").isFalse();
            assertThat(CAL.isWorkingDay(d("2026-02-23")))
                    .as("last day of Spring Festival")
                    .isFalse();
            assertThat(CAL.isWorkingDay(d("2026-02-28"))).as("working Saturday").isTrue();
            assertThat(CAL.isWorkingDay(d("2026-10-10"))).as("working Saturday").isTrue();
            assertThat(CAL.isWorkingDay(d("2026-09-20"))).as("working Sunday").isTrue();
        }

        /**
         * Counted by hand from the notices: weekdays, minus weekday holidays, plus working
         * weekends.
         */
        @ParameterizedTest(name = "{0}: {1} working days")
        @MethodSource("handCountedYears")
        void workingDaysPerYear(int year, int expected) {
            assertThat(CAL.workingDaysInYear(year)).isEqualTo(expected);
        }

        static Stream<Arguments> handCountedYears() {
            return Stream.of(
                    arguments(2013, 250), // 261 - 23 + 12
                    arguments(2024, 251), // 262 - 19 + 8
                    arguments(2025, 248), // 261 - 18 + 5
                    arguments(2026, 248)); // 261 - 19 + 6
        }

        @Test
        void correctionsToTheLibraryApply() {
            // 2013: working Sundays the library omits (国办发明电〔2012〕14号).
            assertThat(CAL.isWorkingDay(d("2013-04-07"))).isTrue();
            assertThat(CAL.isWorkingDay(d("2013-10-12"))).isTrue();
            // 2003: May Day golden week cut short because of SARS.
            assertThat(CAL.isWorkingDay(d("2003-04-26"))).isFalse();
            assertThat(CAL.isWorkingDay(d("2003-04-27"))).isFalse();
            assertThat(CAL.isWorkingDay(d("2003-05-05"))).isFalse();
            assertThat(CAL.isWorkingDay(d("2003-05-06"))).isTrue();
            assertThat(CAL.isWorkingDay(d("2003-05-07"))).isTrue();
        }

        @Test
        void ordinaryWeeksFollowTheWeekendRule() {
            for (int year = 2002; year <= 2026; year++) {
                // The second full week of March never holds a holiday or an adjusted working day.
                LocalDate monday = LocalDate.of(year, 3, 8).with(DayOfWeek.MONDAY).plusWeeks(1);
                for (int i = 0; i < 7; i++) {
                    LocalDate day = monday.plusDays(i);
                    assertThat(CAL.isWorkingDay(day))
                            .as("%s (%s)", day, day.getDayOfWeek())
                            .isEqualTo(i < 5);
                }
            }
        }

        @Test
        void knownRange() {
            assertThat(CAL.firstKnownYear()).isEqualTo(Year.of(2002));
            assertThat(CAL.lastKnownYear()).isEqualTo(Year.of(2026));
        }

        @Test
        void officialIsLoadedOnce() {
            assertThat(WorkCalendar.official()).isSameAs(CAL);
        }
    }

    @Nested
    class UnknownYears {

        @ParameterizedTest
        @ValueSource(strings = {"2001-06-01", "2001-12-31", "2027-01-01", "2027-06-01"})
        void isWorkingDayRefuses(String iso) {
            int year = d(iso).getYear();
            assertThatThrownBy(() -> CAL.isWorkingDay(d(iso)))
                    .isInstanceOf(UnknownCalendarYearException.class)
                    .isInstanceOf(CalendarException.class)
                    .hasMessageContaining(year + " 年")
                    .hasMessageContaining("2002–2026")
                    .satisfies(
                            e ->
                                    assertThat(((UnknownCalendarYearException) e).getYear())
                                            .isEqualTo(year));
        }

        @Test
        void messageIsTheDocumentedChineseText() {
            assertThatThrownBy(() -> CAL.workingDaysInYear(2027))
                    .hasMessage(
                            "工作日历不含 2027 年的国务院节假日安排（已知年份：2002–2026）；"
                                    + "请在日历数据文件 calendar/cn-holidays.tsv 中补充该年安排");
        }

        @Test
        void countingIntoAnUnknownYearRefuses() {
            assertThatThrownBy(() -> CAL.workingDaysBetween(d("2026-12-20"), d("2027-01-05")))
                    .isInstanceOf(UnknownCalendarYearException.class)
                    .hasMessageContaining("2027 年");
            assertThatThrownBy(() -> CAL.withinWorkingDays(d("2026-12-20"), d("2027-01-05"), 20))
                    .isInstanceOf(UnknownCalendarYearException.class);
        }

        @Test
        void addingPastTheLastKnownYearRefuses() {
            // Only two working days (12/30, 12/31) are left in 2026 after 12/29.
            assertThat(CAL.addWorkingDays(d("2026-12-29"), 2)).isEqualTo(d("2026-12-31"));
            assertThatThrownBy(() -> CAL.addWorkingDays(d("2026-12-29"), 3))
                    .isInstanceOf(UnknownCalendarYearException.class)
                    .hasMessageContaining("2027 年");
        }

        @Test
        void onlyCountedDaysMustBeKnown() {
            // From 2001-12-31 counting starts on 2002-01-01; 2002-01-01..03 were New Year days off.
            assertThat(CAL.addWorkingDays(d("2001-12-31"), 1)).isEqualTo(d("2002-01-04"));
            assertThat(CAL.workingDaysBetween(d("2001-12-31"), d("2002-01-04"))).isEqualTo(1);
            assertThatThrownBy(() -> CAL.addWorkingDays(d("2001-12-30"), 1))
                    .isInstanceOf(UnknownCalendarYearException.class)
                    .hasMessageContaining("2001 年");
        }
    }

    @Nested
    class Arithmetic {

        private final List<LocalDate> starts =
                List.of(
                        d("2002-01-01"),
                        d("2003-04-25"),
                        d("2013-10-05"),
                        d("2019-12-31"),
                        d("2020-01-23"),
                        d("2020-09-30"),
                        d("2024-02-09"),
                        d("2025-12-31"),
                        d("2026-02-14"));

        @Test
        void addAndCountAreInverse() {
            for (LocalDate from : starts) {
                for (int n = 0; n <= 200; n++) {
                    LocalDate nth = CAL.addWorkingDays(from, n);
                    assertThat(CAL.workingDaysBetween(from, nth))
                            .as("from %s, n %d", from, n)
                            .isEqualTo(n);
                    if (n > 0) {
                        assertThat(CAL.isWorkingDay(nth)).as("%s is a working day", nth).isTrue();
                        assertThat(CAL.workingDaysBetween(from, nth.minusDays(1))).isEqualTo(n - 1);
                    }
                }
            }
        }

        @Test
        void countMatchesDayByDayWalk() {
            Random random = new Random(20200203L);
            long first = d("2002-01-01").toEpochDay();
            long last = d("2026-12-31").toEpochDay();
            for (int i = 0; i < 500; i++) {
                LocalDate from =
                        LocalDate.ofEpochDay(first - 1 + random.nextInt((int) (last - first)));
                LocalDate to = from.plusDays(random.nextInt(800));
                if (to.toEpochDay() > last) {
                    to = LocalDate.ofEpochDay(last);
                }
                assertThat(CAL.workingDaysBetween(from, to))
                        .as("(%s, %s]", from, to)
                        .isEqualTo(countByWalking(from, to));
            }
        }

        @Test
        void wholeYearAcrossTheBoundary() {
            assertThat(CAL.workingDaysBetween(d("2019-12-31"), d("2020-12-31"))).isEqualTo(249);
            assertThat(CAL.workingDaysBetween(d("2002-01-01").minusDays(1), d("2026-12-31")))
                    .isEqualTo(countByWalking(d("2001-12-31"), d("2026-12-31")));
        }

        @Test
        void emptyAndReversedIntervalsCountZero() {
            assertThat(CAL.workingDaysBetween(d("2025-03-10"), d("2025-03-10"))).isZero();
            assertThat(CAL.workingDaysBetween(d("2025-03-12"), d("2025-03-10"))).isZero();
            assertThat(CAL.workingDaysBetween(d("2025-03-10"), d("2025-03-11"))).isEqualTo(1);
        }

        @Test
        void zeroWorkingDaysReturnsTheStartEvenOnAHoliday() {
            assertThat(CAL.addWorkingDays(d("2025-10-03"), 0)).isEqualTo(d("2025-10-03"));
        }

        @Test
        void negativeCountsAreRejected() {
            assertThatThrownBy(() -> CAL.addWorkingDays(d("2025-03-10"), -1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CAL.withinWorkingDays(d("2025-03-10"), d("2025-03-11"), -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void twentyWorkingDaysAcrossNationalDay2020() {
            // Hand count from Monday 9/21: 9/22–25 (4), Sun 9/27 (5), 9/28–30 (8), 10/9 (9),
            // Sat 10/10 (10), 10/12–16 (15), 10/19–23 (20).
            LocalDate received = d("2020-09-21");
            LocalDate deadline = CAL.addWorkingDays(received, 20);
            assertThat(deadline).isEqualTo(d("2020-10-23"));

            assertThat(CAL.withinWorkingDays(received, deadline, 20))
                    .as("reply on the 20th working day")
                    .isTrue();
            assertThat(CAL.withinWorkingDays(received, deadline, 19)).isFalse();
            assertThat(CAL.withinWorkingDays(received, d("2020-10-26"), 20))
                    .as("next working day")
                    .isFalse();
            assertThat(CAL.withinWorkingDays(received, d("2020-10-22"), 20)).isTrue();
            assertThat(CAL.withinWorkingDays(received, received, 0)).isTrue();
            assertThat(CAL.withinWorkingDays(received, d("2020-09-01"), 0))
                    .as("reply before receipt")
                    .isTrue();
        }

        @Test
        void dayOffAfterTheDeadlineIsLate() {
            // The period ended on Friday 10/23, the 20th working day; the weekend after is late.
            assertThat(CAL.withinWorkingDays(d("2020-09-21"), d("2020-10-24"), 20)).isFalse();
            assertThat(CAL.withinWorkingDays(d("2020-09-21"), d("2020-10-25"), 20)).isFalse();
        }

        @Test
        void endOfMonth() {
            assertThat(WorkCalendar.endOfMonth(YearMonth.of(2024, 2))).isEqualTo(d("2024-02-29"));
            assertThat(WorkCalendar.endOfMonth(YearMonth.of(2025, 2))).isEqualTo(d("2025-02-28"));
            assertThat(WorkCalendar.endOfMonth(YearMonth.of(2026, 4))).isEqualTo(d("2026-04-30"));
        }
    }

    @Nested
    class Overrides {

        @Test
        void addWorkingDayAndDayOff() {
            LocalDate saturday = d("2025-03-08");
            LocalDate monday = d("2025-03-10");
            WorkCalendar local = CAL.withOverrides(List.of(saturday), List.of(monday));

            assertThat(local.isWorkingDay(saturday)).isTrue();
            assertThat(local.isWorkingDay(monday)).isFalse();
            assertThat(local.workingDaysBetween(d("2025-03-07"), d("2025-03-10"))).isEqualTo(1);
            assertThat(local.addWorkingDays(d("2025-03-07"), 1)).isEqualTo(saturday);
            assertThat(local.addWorkingDays(d("2025-03-07"), 2)).isEqualTo(d("2025-03-11"));

            // The official calendar is unchanged.
            assertThat(CAL.isWorkingDay(saturday)).isFalse();
            assertThat(CAL.isWorkingDay(monday)).isTrue();
        }

        @Test
        void overrideWinsOverOfficialSchedule() {
            WorkCalendar local =
                    CAL.withOverrides(List.of(d("2025-10-02")), List.of(d("2025-09-28")));
            assertThat(local.isWorkingDay(d("2025-10-02")))
                    .as("official holiday made working")
                    .isTrue();
            assertThat(local.isWorkingDay(d("2025-09-28")))
                    .as("official working Sunday made off")
                    .isFalse();
            assertThat(local.workingDaysInYear(2025)).isEqualTo(248);
            assertThat(
                            CAL.withOverrides(List.of(d("2025-10-02")), List.of())
                                    .workingDaysInYear(2025))
                    .isEqualTo(249);
        }

        @Test
        void overridesStack() {
            WorkCalendar once = CAL.withOverrides(List.of(d("2024-03-09")), List.of());
            WorkCalendar twice = once.withOverrides(List.of(), List.of(d("2024-03-11")));
            assertThat(twice.isWorkingDay(d("2024-03-09"))).isTrue();
            assertThat(twice.isWorkingDay(d("2024-03-11"))).isFalse();
            assertThat(
                            twice.withOverrides(List.of(), List.of(d("2024-03-09")))
                                    .isWorkingDay(d("2024-03-09")))
                    .as("a later override wins")
                    .isFalse();
        }

        @Test
        void overrideInUnknownYearDoesNotMakeItKnown() {
            WorkCalendar local =
                    CAL.withOverrides(List.of(d("2027-01-02")), List.of(d("2001-10-01")));
            assertThat(local.lastKnownYear()).isEqualTo(Year.of(2026));
            assertThat(local.firstKnownYear()).isEqualTo(Year.of(2002));
            assertThatThrownBy(() -> local.isWorkingDay(d("2027-01-02")))
                    .isInstanceOf(UnknownCalendarYearException.class);
            assertThatThrownBy(() -> local.isWorkingDay(d("2001-10-01")))
                    .isInstanceOf(UnknownCalendarYearException.class);
        }

        @Test
        void sameDateInBothListsIsRejected() {
            assertThatThrownBy(
                            () ->
                                    CAL.withOverrides(
                                            List.of(d("2025-03-08")), List.of(d("2025-03-08"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2025-03-08");
        }

        @Test
        void nullsAreRejected() {
            List<LocalDate> withNull = new ArrayList<>(Arrays.asList(d("2025-03-08"), null));
            assertThatThrownBy(() -> CAL.withOverrides(withNull, List.of()))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> CAL.withOverrides(null, List.of()))
                    .isInstanceOf(NullPointerException.class);
        }
    }
}
