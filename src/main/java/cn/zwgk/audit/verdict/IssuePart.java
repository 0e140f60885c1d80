package cn.zwgk.audit.verdict;

import cn.zwgk.audit.facts.Evidence;

/**
 * One of several things that can be wrong with one record, each found by its own rule, when the
 * record's one {@link Issue} names them together (a decision whose draft, basis and consultation
 * were all missing is one issue, not three): a later rule collects a record's parts and joins them
 * in {@code order} with {@link Text#parts}.
 *
 * @param task the task number
 * @param record the record the part is about
 * @param order where the part comes in the joined text, 1 first
 * @param text what is wrong, in Chinese
 */
public record IssuePart(int task, Evidence record, int order, String text) {}
