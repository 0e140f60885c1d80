package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/** A 双随机 inspection (task 30): when completed, when its result was published, any violation. */
public record Inspection(
        @Required String id,
        @Required String unit,
        @Required String subject,
        @Required LocalDate completedOn,
        LocalDate resultPublishedOn,
        boolean violationFound,
        LocalDate violationPublishedOn) implements UnitRecord {

    @Override
    public List<FieldProblem> selfCheck() {
        return FieldProblem.notBefore("resultPublishedOn", "结果公开日期", resultPublishedOn, "检查完成日期", completedOn);
    }
}
