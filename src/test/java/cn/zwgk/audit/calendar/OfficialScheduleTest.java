package cn.zwgk.audit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Validation of the data-file format, against a fake holiday library for the year 2000. */
class OfficialScheduleTest {

    /** 2000-01-03 (Mon) off, 2000-01-08 (Sat) adjusted working day; no data for other years. */
    private static final IntFunction<Map<LocalDate, Boolean>> FAKE_LIBRARY =
            year ->
                    year == 2000
                            ? Map.of(
                                    LocalDate.of(2000, 1, 3), false, LocalDate.of(2000, 1, 8), true)
                            : Map.of();

    private static final String HEADER =
            """
            # test data
            library\t2000\t2000\tfake library
            year\t2001\ttest notice
            2001-01-01\toff\t元旦
            """;

    private static OfficialSchedule.Schedule parse(String text) throws IOException {
        return OfficialSchedule.parse(new StringReader(text), "test.tsv", FAKE_LIBRARY);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void mergesLibraryCorrectionsAndFileYears() throws IOException {
        OfficialSchedule.Schedule schedule =
                parse(
                        HEADER
                                + """
                                2001-01-06\twork\t调休上班 (Saturday)
                                2000-01-10   off   correction with spaces instead of tabs
                                2000-01-08\toff\tlibrary says work
                                """);

        assertThat(schedule.firstYear()).isEqualTo(2000);
        assertThat(schedule.lastYear()).isEqualTo(2001);
        assertThat(schedule.days())
                .containsOnly(
                        entry(d("2000-01-03"), false),
                        entry(d("2000-01-08"), false),
                        entry(d("2000-01-10"), false),
                        entry(d("2001-01-01"), false),
                        entry(d("2001-01-06"), true));

        WorkCalendar calendar = WorkCalendar.fromSchedule(schedule);
        assertThat(calendar.isWorkingDay(d("2000-01-10"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2000-01-11"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2001-01-06"))).isTrue();
        assertThatThrownBy(() -> calendar.isWorkingDay(d("2002-01-07")))
                .isInstanceOf(UnknownCalendarYearException.class)
                .hasMessageContaining("2000–2001");
    }

    @Test
    void libraryYearWithoutLibraryData() {
        assertThatThrownBy(() -> parse("library\t1999\t2000\tfake\n"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("第 1 行")
                .hasMessageContaining("1999");
    }

    @Test
    void gapBetweenYears() {
        assertThatThrownBy(() -> parse(HEADER + "year\t2003\tlater\n2003-01-01\toff\t元旦\n"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("缺少 2002 年");
    }

    @Test
    void yearDeclaredTwice() {
        assertThatThrownBy(() -> parse(HEADER + "year\t2000\tclash with library\n"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("第 5 行")
                .hasMessageContaining("第 2 行");
    }

    @Test
    void duplicateDate() {
        assertThatThrownBy(() -> parse(HEADER + "2001-01-01\toff\tagain\n"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("第 5 行")
                .hasMessageContaining("第 4 行");
    }

    @Test
    void workOnAWeekdayInAFileYear() {
        assertThatThrownBy(() -> parse(HEADER + "2001-01-08\twork\tMonday typo\n"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("2001-01-08")
                .hasMessageContaining("周一");
    }

    @Test
    void correctionThatAgreesWithTheLibrary() {
        assertThatThrownBy(() -> parse(HEADER + "2000-01-03\toff\talready off in the library\n"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("多余更正");
        assertThatThrownBy(() -> parse(HEADER + "2000-01-04\twork\tordinary Tuesday\n"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("多余更正");
    }

    @Test
    void dateInUndeclaredYear() {
        assertThatThrownBy(() -> parse(HEADER + "2002-01-01\toff\tno year line\n"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("2002 年未用 library 或 year 行声明");
    }

    @Test
    void declaredYearWithoutDates() {
        assertThatThrownBy(() -> parse(HEADER + "year\t2002\tforgotten\n"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("2002 年已声明但没有任何日期行");
    }

    @Test
    void malformedLines() {
        assertThatThrownBy(() -> parse(HEADER + "2001-01-02\tholiday\tbad kind\n"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("off 或 work");
        assertThatThrownBy(() -> parse(HEADER + "2001-02-30\toff\tno such day\n"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("不是有效日期");
        assertThatThrownBy(() -> parse(HEADER + "2001-01-02\toff\n"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("字段不足");
        assertThatThrownBy(() -> parse(HEADER + "years\t2002\ttypo\n"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("无法识别的行首");
        assertThatThrownBy(() -> parse("# only comments\n"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("未声明任何年份");
    }

    @Test
    void bundledFileLoads() {
        OfficialSchedule.Schedule schedule = OfficialSchedule.load();
        assertThat(schedule.firstYear()).isEqualTo(2002);
        assertThat(schedule.lastYear()).isEqualTo(2026);
    }

    @Test
    void libraryHasNoWholeYearOutsideTheDeclaredRange() {
        // 2001 holds only the 2001-12-29/30 working days for New Year 2002, not a schedule; 2024 is
        // empty. If a library upgrade adds 2024, the data file and the library must be reconciled.
        assertThat(OfficialSchedule.lunarYear(2001)).hasSize(2);
        assertThat(OfficialSchedule.lunarYear(2024)).isEmpty();
    }
}
