package cn.zwgk.audit.ruletest;

import cn.zwgk.audit.verdict.State;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One described rule test: a small evidence snippet, the audit date, and what the rules must
 * conclude about the file's task. Read from {@code rules/tests/*.json}.
 *
 * @param name what the case shows, in a sentence
 * @param asOf the audit date; 31 December of the audit year when absent
 * @param profile fields replacing those of the shared case profile, e.g. other anchors
 * @param evidence records by kind name, as in evidence files
 * @param expect the expected results
 */
public record RuleCase(
        String name,
        LocalDate asOf,
        ObjectNode profile,
        Map<String, List<ObjectNode>> evidence,
        Expectation expect) {

    /**
     * @param state the task's overall state
     * @param units states of particular units
     * @param explanationContains fragments the task's 说明 must contain
     */
    public record Expectation(
            State state, Map<String, State> units, List<String> explanationContains) {
        public Expectation {
            units = units == null ? Map.of() : units;
            explanationContains = explanationContains == null ? List.of() : explanationContains;
        }
    }
}
