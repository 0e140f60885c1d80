package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One unit's use of the municipal/district disclosure work platform in one month (task 32), as the
 * platform's log counts it. {@code month} is any day of that month, normally its first.
 */
public record PlatformUsage(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("月份") LocalDate month,
        @Required @Label("操作次数") Integer operations)
        implements UnitRecord {

    /** The month this record counts, whichever day of it {@code month} names. */
    public YearMonth yearMonth() {
        return YearMonth.from(month);
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return operations != null && operations < 0
                ? List.of(new FieldProblem("operations", "操作次数不能为负数"))
                : List.of();
    }
}
