package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/** A 双随机 inspection (task 30): when completed, when its result was published, any violation. */
public record Inspection(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("抽查对象") String subject,
        @Required @Label("检查完成日期") LocalDate completedOn,
        @Label("结果公开日期") LocalDate resultPublishedOn,
        @Label("是否发现违法违规") boolean violationFound,
        @Label("违法违规公开日期") LocalDate violationPublishedOn)
        implements UnitRecord {
    @Override
    public String named() {
        return "对" + Names.event(subject) + "的检查";
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return FieldProblem.notBefore(
                "resultPublishedOn", "结果公开日期", resultPublishedOn, "检查完成日期", completedOn);
    }
}
