package cn.zwgk.audit.verdict;

import java.util.List;

/**
 * One unit's state for one task, why, and on which evidence.
 *
 * @param late for a FAIL that was 逾期完成, by how much; null otherwise
 */
public record UnitJudgement(
        String unit,
        State state,
        String explanation,
        List<String> evidenceIds,
        List<Verdict> verdicts,
        Lateness late) {}
