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
        LocalDate violationPublishedOn) implements Evidence {

    @Override
    public List<String> units() {
        return List.of(unit);
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return resultPublishedOn != null && completedOn != null && resultPublishedOn.isBefore(completedOn)
                ? List.of(new FieldProblem("resultPublishedOn", "结果公开日期 " + resultPublishedOn + " 早于检查完成日期 "
                        + completedOn))
                : List.of();
    }
}
