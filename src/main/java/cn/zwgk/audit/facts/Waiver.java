package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * An approved exception: a task (for one unit, or with no unit for all of them) is WAIVED while the
 * waiver is live, that is from its approval through its expiry. Kept in {@code waivers.json} in the
 * evidence folder, so who approved it and why travels with the evidence.
 *
 * @param id unique id
 * @param task the task waived; must be in the catalog
 * @param unit the unit waived, or null for every responsible unit
 * @param reason why the exception was granted
 * @param approvedBy who approved it
 * @param approvedOn from when it applies
 * @param expiresOn the last day it applies
 */
public record Waiver(
        @Required @Label("编号") String id,
        @Required @Label("任务序号") Integer task,
        @Label("单位") String unit,
        @Required @Label("理由") String reason,
        @Required @Label("批准人") String approvedBy,
        @Required @Label("批准日期") LocalDate approvedOn,
        @Required @Label("失效日期") LocalDate expiresOn)
        implements AboutTask {

    /** Whether a waiver applies on an audit date. */
    public enum Status {
        生效,
        已过期,
        未生效
    }

    public Status statusOn(LocalDate asOf) {
        if (asOf.isBefore(approvedOn)) {
            return Status.未生效;
        }
        return asOf.isAfter(expiresOn) ? Status.已过期 : Status.生效;
    }

    public boolean covers(int taskNumber, String unitName) {
        return task == taskNumber && (unit == null || unit.equals(unitName));
    }

    @Override
    public List<String> units() {
        return unit == null ? List.of() : List.of(unit);
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return FieldProblem.notBefore("expiresOn", "失效日期", expiresOn, "批准日期", approvedOn);
    }
}
