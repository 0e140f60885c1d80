package cn.zwgk.audit.verdict;

/**
 * An intermediate fact a rule may insert about one offending record, so that a summary rule can
 * name each offender (up to a limit, with the total) in a single verdict.
 *
 * @param task the task number
 * @param unit the unit the record belongs to
 * @param evidenceId the offending record
 * @param named how a 说明 names that record ({@link cn.zwgk.audit.facts.Evidence#named()})
 * @param text what is wrong with it, with the numbers, in Chinese
 */
public record Issue(int task, String unit, String evidenceId, String named, String text) {}
