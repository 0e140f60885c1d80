package cn.zwgk.audit.verdict;

/**
 * A derived fact: how one item stands that a rule checks item by item — a category of document, a
 * pilot field of the profile, a record — so a summary rule can decide on all items of its task and
 * word them together in their order ({@link Text#items}). Inserted with {@link Verdicts#itemMet} or
 * {@link Verdicts#itemNotMet}, which take the task from the rule's {@code @task(N)}.
 *
 * @param task the task number
 * @param item the item: an enum constant, a name, or an evidence record; checks are ordered by it
 * @param met whether the item meets what the task asks of it
 * @param text the item's words in a 说明
 */
public record ItemCheck(int task, Object item, boolean met, String text) {}
