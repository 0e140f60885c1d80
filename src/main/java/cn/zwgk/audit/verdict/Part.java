package cn.zwgk.audit.verdict;

/**
 * A derived fact: one part of a 说明, about one item a rule checks item by item — a category of
 * document, a pilot field of the profile, a record — so a summary rule can decide on all items of
 * its task and word them together in their order ({@link Text#parts}). Inserted with {@link
 * Verdicts#partMet} or {@link Verdicts#partNotMet}, which take the task from the rule's
 * {@code @task(N)}.
 *
 * @param task the task number
 * @param about the item: an enum constant, a name, or an evidence record; parts are ordered by it
 * @param met whether the item meets what the task asks of it
 * @param text the item's words in a 说明
 */
public record Part(int task, Object about, boolean met, String text) {}
