package cn.zwgk.audit.verdict;

import java.time.YearMonth;

/**
 * A month in which a unit did not do what a task asks of it every month (task 32: use the work
 * platform): the monthly counterpart of an {@link Issue}, inserted by {@link Verdicts#monthMissed}.
 *
 * @param task the task number
 * @param unit the unit
 * @param month the month missed
 */
public record MonthMissed(int task, String unit, YearMonth month) {}
