/**
 * The mainland-China working-day calendar (工作日历) used to check statutory deadlines counted in
 * working days (工作日).
 *
 * <p>{@link cn.zwgk.audit.calendar.WorkCalendar#official()} combines the holiday data of {@code
 * cn.6tail:lunar} with {@code calendar/cn-holidays.tsv}, which supplies later years and corrects
 * the library. A date in a year neither source covers is refused with {@link
 * cn.zwgk.audit.calendar.UnknownCalendarYearException} rather than guessed from the weekend rule,
 * because a guessed deadline would silently produce wrong audit verdicts.
 */
package cn.zwgk.audit.calendar;
