package cn.zwgk.audit.engine;

import java.util.List;
import java.util.Map;

/**
 * One firing of a rule, as {@code zwgk explain} shows it: the evidence records it matched and the
 * values its patterns bound (accumulated lists shown with their size and ids).
 *
 * @param rule the rule's name
 * @param evidenceIds ids of the evidence records in the match
 * @param values each bound variable, summarised as text
 */
public record Firing(String rule, List<String> evidenceIds, Map<String, String> values) {}
