package cn.zwgk.audit.verdict;

import java.util.List;

/** One unit's state for one task, why, and on which evidence. */
public record UnitJudgement(
        String unit,
        State state,
        String explanation,
        List<String> evidenceIds,
        List<Verdict> verdicts) {}
