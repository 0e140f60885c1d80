package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * One unit's use of the municipal/district disclosure work platform in one month (task 32), as the
 * platform's log counts it. {@code month} is any day of that month, normally its first.
 */
public record PlatformUsage(
        @Required String id,
        @Required String unit,
        @Required LocalDate month,
        @Required Integer operations) implements UnitRecord {

    @Override
    public List<FieldProblem> selfCheck() {
        return operations != null && operations < 0 ? List.of(new FieldProblem("operations", "操作次数不能为负数"))
                : List.of();
    }
}
