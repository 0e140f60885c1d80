package cn.zwgk.audit.verdict;

/**
 * A problem a rule found that an approved waiver's scope holds (a month, a record): inserted in
 * place of the {@link Issue} or {@link MonthMissed} it would have been, so the rules that judge a
 * unit do not count it, and collected so the result says what was excused and by whom.
 *
 * @param task the task number
 * @param unit the unit whose problem it is
 * @param waiverId the waiver that excuses it
 * @param what what is excused, as a 说明 names it: a record's name, a month
 * @param order where it stands among the things a waiver excused, so a 说明 lists them in time order:
 *     the record's date (ISO), its id where it has no date of its own, the month (ISO)
 */
public record Excused(int task, String unit, String waiverId, String what, String order) {}
