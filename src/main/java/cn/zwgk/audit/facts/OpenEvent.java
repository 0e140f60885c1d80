package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/** A public-participation event: a government open day or open week, or online Q&A. */
public record OpenEvent(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("活动名称") String title,
        @Required @Label("活动类型") Type type,
        @Required @Label("开始日期") LocalDate startDate,
        @Required @Label("结束日期") LocalDate endDate)
        implements UnitRecord {
    @Override
    public String named() {
        return Names.event(title);
    }

    /** The kinds of event task 20 distinguishes. */
    public enum Type {
        政府开放日,
        政府开放周,
        网络问政
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return FieldProblem.notBefore("endDate", "结束日期", endDate, "开始日期", startDate);
    }
}
