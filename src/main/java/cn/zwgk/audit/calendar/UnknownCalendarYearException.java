package cn.zwgk.audit.calendar;

/**
 * Thrown when a question about working days needs a year whose State Council holiday schedule the
 * calendar does not have. The calendar never falls back to the plain weekend rule for such a year:
 * every year has holidays and adjusted working weekends, so a guess would be wrong.
 */
public class UnknownCalendarYearException extends CalendarException {

    private final int year;
    private final int firstKnownYear;
    private final int lastKnownYear;

    /**
     * @param year the year that was needed
     * @param firstKnownYear the first year the calendar knows
     * @param lastKnownYear the last year the calendar knows
     */
    public UnknownCalendarYearException(int year, int firstKnownYear, int lastKnownYear) {
        super(
                "工作日历不含 "
                        + year
                        + " 年的国务院节假日安排（已知年份："
                        + firstKnownYear
                        + "–"
                        + lastKnownYear
                        + "）；请在日历数据文件 calendar/cn-holidays.tsv 中补充该年安排");
        this.year = year;
        this.firstKnownYear = firstKnownYear;
        this.lastKnownYear = lastKnownYear;
    }

    /**
     * @return the year that was needed but is not known
     */
    public int getYear() {
        return year;
    }

    /**
     * @return the first year the calendar knows
     */
    public int getFirstKnownYear() {
        return firstKnownYear;
    }

    /**
     * @return the last year the calendar knows
     */
    public int getLastKnownYear() {
        return lastKnownYear;
    }
}
