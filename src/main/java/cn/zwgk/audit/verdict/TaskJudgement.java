package cn.zwgk.audit.verdict;

import java.time.LocalDate;
import java.util.List;

/**
 * A task's overall state with the reasons: the per-unit judgements and the organisation-wide
 * verdicts it was combined from.
 *
 * @param task task number
 * @param dueDate the last day the task is on time
 * @param state the overall state
 * @param explanation the 说明: the numbers behind the state, in Chinese
 * @param evidenceIds every record any verdict of the task rests on
 * @param verdicts every verdict the rules gave for the task
 * @param units the judgement of each responsible unit
 * @param late for a FAIL in which every failing part was 逾期完成, the latest; null otherwise
 */
public record TaskJudgement(
        int task,
        LocalDate dueDate,
        State state,
        String explanation,
        List<String> evidenceIds,
        List<Verdict> verdicts,
        List<UnitJudgement> units,
        Lateness late) {}
