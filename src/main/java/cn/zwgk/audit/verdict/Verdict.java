package cn.zwgk.audit.verdict;

import java.util.List;

/**
 * A fact a rule inserts: its conclusion about a task, for one unit or (unit {@code null}) for the
 * organisation as a whole, with the sentence that explains it and the evidence it rests on.
 *
 * @param task the task number, taken from the rule's {@code @task} metadata
 * @param unit the unit judged, or {@code null} for an organisation-wide conclusion
 * @param outcome what the rule concluded
 * @param rule the name of the rule that concluded it
 * @param message the reason in numbers, in Chinese
 * @param evidenceIds the ids of the records the conclusion rests on
 * @param late for a FAIL of something done after its deadline, by how much; null otherwise
 */
public record Verdict(
        int task,
        String unit,
        Outcome outcome,
        String rule,
        String message,
        List<String> evidenceIds,
        Lateness late) {

    public Verdict {
        evidenceIds = List.copyOf(evidenceIds);
        if (late != null && outcome != Outcome.FAIL) {
            throw new IllegalArgumentException("只有未完成的结论可以注明逾期，实为 " + outcome);
        }
    }

    public boolean organisationWide() {
        return unit == null;
    }
}
