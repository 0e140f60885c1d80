package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An approved exception (经批准调整): what it excuses and who approved it. It names a task, optionally a
 * unit (none: every responsible unit), and optionally a scope — the period ({@code from}–{@code
 * to}) or the records of the obligation it excuses. A scoped waiver excuses only the problems
 * inside its scope, so the task can still be 未完成 for the rest; an unscoped one excuses the whole
 * task for its unit(s). Once approved it keeps excusing whatever the audit date: the obligation it
 * excuses does not come back. One approved after the audit date does not exist yet on that date.
 * Kept in {@code waivers.json}, so who approved it and why travels with the evidence.
 *
 * @param id unique id
 * @param task the task excused; must be in the catalog
 * @param unit the unit excused, or null for every responsible unit
 * @param from the first day of the period excused, or null
 * @param to the last day of the period excused, or null
 * @param records the ids of the records whose problems are excused; empty when none are named
 * @param reason why the exception was granted
 * @param approver who approved it, by name and post
 * @param approvingBody the body or unit that approved it: not the unit it excuses
 * @param approvedOn when it was approved
 */
public record Waiver(
        @Required @Label("编号") String id,
        @Required @Label("任务序号") Integer task,
        @Label("单位") String unit,
        @Label("调整期间起") LocalDate from,
        @Label("调整期间止") LocalDate to,
        @Label("调整记录编号") List<String> records,
        @Required @Label("理由") String reason,
        @Required @Label("批准人") String approver,
        @Required @Label("批准单位") String approvingBody,
        @Required @Label("批准日期") LocalDate approvedOn)
        implements AboutTask {

    public Waiver {
        records = Lists.orEmpty(records);
    }

    /** Whether it has been approved by the audit date; before that it does not exist. */
    public boolean approvedBy(LocalDate asOf) {
        return !approvedOn.isAfter(asOf);
    }

    /** Whether it is about {@code unitName}'s part of task {@code taskNumber}. */
    public boolean covers(int taskNumber, String unitName) {
        return task == taskNumber && (unit == null || unit.equals(unitName));
    }

    /** Whether it names a period or records, rather than excusing the whole task. */
    public boolean scoped() {
        return from != null || !records.isEmpty();
    }

    /** Whether its period holds the whole of {@code first} to {@code last}. */
    public boolean holds(LocalDate first, LocalDate last) {
        return from != null && !from.isAfter(first) && !to.isBefore(last);
    }

    /** Whether it names the record {@code recordId}. */
    public boolean names(String recordId) {
        return records.contains(recordId);
    }

    @Override
    public List<String> units() {
        return unit == null ? List.of() : List.of(unit);
    }

    @Override
    public List<FieldProblem> selfCheck() {
        List<FieldProblem> problems = new ArrayList<>();
        if ((from == null) != (to == null)) {
            problems.add(new FieldProblem(from == null ? "from" : "to", "调整期间起、止须同时填写（或都不填）"));
        }
        problems.addAll(FieldProblem.notBefore("to", "调整期间止", to, "调整期间起", from));
        if (from != null && !records.isEmpty()) {
            problems.add(new FieldProblem("records", "调整期间与调整记录编号只能填一项：一项调整或按期间、或按记录"));
        }
        if (approvingBody != null && approvingBody.equals(unit)) {
            problems.add(selfApproval());
        }
        return problems;
    }

    /**
     * The problem of an approval by a unit the waiver excuses: an exception the unit grants itself
     * is not an approval.
     */
    public FieldProblem selfApproval() {
        return new FieldProblem(
                "approvingBody", "批准单位 " + approvingBody + " 是被调整的单位，不能由本单位批准对自己的调整");
    }
}
