package cn.zwgk.audit.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The mainland-China working-day calendar (工作日历): which dates are working days (工作日) under the
 * State Council holiday schedule, including adjusted working weekends (调休上班) and one-off changes
 * such as the 2020 Spring Festival extension to 2 February (国办发明电〔2020〕1号).
 *
 * <p>The calendar knows a fixed, unbroken range of years ({@link #firstKnownYear()} to {@link
 * #lastKnownYear()}). Any question that needs a date outside that range throws {@link
 * UnknownCalendarYearException} instead of assuming a plain Monday–Friday week, because every year
 * has holidays and a guessed deadline would silently give a wrong audit verdict.
 *
 * <p>Instances are immutable and thread-safe. Working-day counts are answered in constant time from
 * a prefix count over the whole known range; {@link #addWorkingDays(LocalDate, int)} takes a binary
 * search.
 *
 * <p>Counting follows the usual rule for statutory periods: the day the period starts from is not
 * counted, so {@code workingDaysBetween(from, to)} counts the working days in {@code (from, to]}.
 */
public final class WorkCalendar {

    private static volatile WorkCalendar official;

    private final int firstYear;
    private final int lastYear;

    /** Epoch day of 1 January {@link #firstYear}; index 0 of {@link #working}. */
    private final long baseEpochDay;

    /** Number of days in the known range. */
    private final int dayCount;

    /** Bit {@code i} is set when the date {@code baseEpochDay + i} is a working day. */
    private final BitSet working;

    /** {@code prefix[i]} is the number of working days among indices {@code [0, i)}. */
    private final int[] prefix;

    private WorkCalendar(int firstYear, int lastYear, BitSet working) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.baseEpochDay = LocalDate.of(firstYear, 1, 1).toEpochDay();
        this.dayCount = (int) (LocalDate.of(lastYear + 1, 1, 1).toEpochDay() - baseEpochDay);
        this.working = working;
        this.prefix = new int[dayCount + 1];
        for (int i = 0; i < dayCount; i++) {
            prefix[i + 1] = prefix[i] + (working.get(i) ? 1 : 0);
        }
    }

    /**
     * The built-in official schedule: {@code cn.6tail:lunar} holiday data, corrected and extended
     * by {@code calendar/cn-holidays.tsv}. Loaded on first use; later calls return the same
     * instance.
     *
     * @return the official calendar
     * @throws CalendarDataException when the bundled data is missing or inconsistent
     */
    public static WorkCalendar official() {
        WorkCalendar calendar = official;
        if (calendar == null) {
            // Not a holder class: a failed load must throw CalendarDataException with its Chinese
            // message on every call, not a bare NoClassDefFoundError after the first one.
            synchronized (WorkCalendar.class) {
                calendar = official;
                if (calendar == null) {
                    calendar = fromSchedule(OfficialSchedule.load());
                    official = calendar;
                }
            }
        }
        return calendar;
    }

    static WorkCalendar fromSchedule(OfficialSchedule.Schedule schedule) {
        LocalDate first = LocalDate.of(schedule.firstYear(), 1, 1);
        LocalDate end = LocalDate.of(schedule.lastYear() + 1, 1, 1);
        BitSet bits = new BitSet();
        int i = 0;
        for (LocalDate d = first; d.isBefore(end); d = d.plusDays(1), i++) {
            bits.set(i, OfficialSchedule.workingByWeekdayRule(d));
        }
        long base = first.toEpochDay();
        for (Map.Entry<LocalDate, Boolean> day : schedule.days().entrySet()) {
            bits.set((int) (day.getKey().toEpochDay() - base), day.getValue());
        }
        return new WorkCalendar(schedule.firstYear(), schedule.lastYear(), bits);
    }

    /**
     * A copy of this calendar with local changes, for example a locally announced working day or a
     * regional day off. Overrides win over this calendar's schedule.
     *
     * <p>Overrides cannot extend the known range: an override dated in a year outside {@link
     * #firstKnownYear()}..{@link #lastKnownYear()} has no effect, and questions about that year
     * still throw {@link UnknownCalendarYearException}, because one local date says nothing about
     * the rest of that year's national schedule.
     *
     * @param extraWorkingDays dates that are working days
     * @param extraDaysOff dates that are days off
     * @return a new calendar; this one is unchanged
     * @throws IllegalArgumentException when a date is in both collections
     * @throws NullPointerException when a collection or one of its dates is {@code null}
     */
    public WorkCalendar withOverrides(
            Collection<LocalDate> extraWorkingDays, Collection<LocalDate> extraDaysOff) {
        Set<LocalDate> work = nonNullDates(extraWorkingDays, "extraWorkingDays");
        Set<LocalDate> off = nonNullDates(extraDaysOff, "extraDaysOff");
        Set<LocalDate> both = new TreeSet<>(work);
        both.retainAll(off);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("同一日期不能既是补充工作日又是补充休息日：" + both);
        }
        BitSet bits = (BitSet) working.clone();
        for (LocalDate d : work) {
            if (isKnownYear(d.getYear())) {
                bits.set(index(d));
            }
        }
        for (LocalDate d : off) {
            if (isKnownYear(d.getYear())) {
                bits.clear(index(d));
            }
        }
        return new WorkCalendar(firstYear, lastYear, bits);
    }

    /**
     * @param date a date in a known year
     * @return whether {@code date} is a working day
     * @throws UnknownCalendarYearException when the year of {@code date} is not known
     */
    public boolean isWorkingDay(LocalDate date) {
        return working.get(index(date));
    }

    /**
     * Counts the working days in the half-open interval {@code (from, to]}: counting starts the day
     * after {@code from} and includes {@code to}. Only the counted days must lie in known years.
     *
     * @param from the day the period runs from (not counted)
     * @param to the last day counted
     * @return the number of working days, or 0 when {@code to} is not after {@code from}
     * @throws UnknownCalendarYearException when a counted day is in an unknown year
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            return 0;
        }
        int start = index(from.plusDays(1));
        int end = index(to);
        return prefix[end + 1] - prefix[start];
    }

    /**
     * The date of the {@code n}-th working day after {@code from}, i.e. the last day of a period of
     * {@code n} working days starting from {@code from}.
     *
     * @param from the day the period runs from (not counted)
     * @param n the number of working days, at least 0; 0 returns {@code from} unchanged
     * @return the {@code n}-th working day after {@code from}
     * @throws IllegalArgumentException when {@code n} is negative
     * @throws UnknownCalendarYearException when the day after {@code from} is in an unknown year,
     *     or the n-th working day would fall after the last known year
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        Objects.requireNonNull(from, "from");
        requireNonNegative(n);
        if (n == 0) {
            return from;
        }
        int start = index(from.plusDays(1));
        long target = (long) prefix[start] + n;
        if (target > prefix[dayCount]) {
            throw new UnknownCalendarYearException(lastYear + 1, firstYear, lastYear);
        }
        // Smallest k in (start, dayCount] with prefix[k] >= target; the n-th working day is index k
        // - 1.
        int lo = start + 1;
        int hi = dayCount;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (prefix[mid] >= target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return LocalDate.ofEpochDay(baseEpochDay + lo - 1);
    }

    /**
     * Whether {@code date} is no later than the n-th working day after {@code from}: the last day
     * of a period of {@code n} working days. A reply on the Saturday after that day is late,
     * because the period ended on the n-th working day. A date on or before {@code from} is within.
     *
     * @param from the day the period runs from (not counted)
     * @param date the date to test, for example the date of a reply
     * @param n the length of the period in working days, at least 0
     * @return whether {@code date} is within the period
     * @throws IllegalArgumentException when {@code n} is negative
     * @throws UnknownCalendarYearException when a day the period needs is in an unknown year
     */
    public boolean withinWorkingDays(LocalDate from, LocalDate date, int n) {
        requireNonNegative(n);
        return !date.isAfter(addWorkingDays(from, n));
    }

    /**
     * @param year a known year
     * @return the number of working days in {@code year}
     * @throws UnknownCalendarYearException when {@code year} is not known
     */
    public int workingDaysInYear(int year) {
        if (!isKnownYear(year)) {
            throw new UnknownCalendarYearException(year, firstYear, lastYear);
        }
        return prefix[index(LocalDate.of(year, 12, 31)) + 1]
                - prefix[index(LocalDate.of(year, 1, 1))];
    }

    /**
     * @return the first year with a known schedule
     */
    public Year firstKnownYear() {
        return Year.of(firstYear);
    }

    /**
     * @return the last year with a known schedule; every year from {@link #firstKnownYear()} on is
     *     known
     */
    public Year lastKnownYear() {
        return Year.of(lastYear);
    }

    /**
     * @param month a month
     * @return the last calendar day of {@code month} (a calendar date, not necessarily a working
     *     day)
     */
    public static LocalDate endOfMonth(YearMonth month) {
        return month.atEndOfMonth();
    }

    @Override
    public String toString() {
        return "WorkCalendar[" + firstYear + "–" + lastYear + "]";
    }

    private boolean isKnownYear(int year) {
        return year >= firstYear && year <= lastYear;
    }

    private int index(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!isKnownYear(date.getYear())) {
            throw new UnknownCalendarYearException(date.getYear(), firstYear, lastYear);
        }
        return (int) (date.toEpochDay() - baseEpochDay);
    }

    private static void requireNonNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("工作日数不能为负数：" + n);
        }
    }

    private static Set<LocalDate> nonNullDates(Collection<LocalDate> dates, String name) {
        Objects.requireNonNull(dates, name);
        Set<LocalDate> copy = new HashSet<>();
        for (LocalDate d : dates) {
            copy.add(Objects.requireNonNull(d, name + " contains null"));
        }
        return copy;
    }
}
