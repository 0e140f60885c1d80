package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * An item of the bureau's 权责清单 (list of powers and services) and when it was on the list: Table 2
 * of the 2019 format reports, per kind of item, how many were listed a year before and the change
 * since. The list must hold every item, removed ones with the day they were removed.
 */
public record PowerItem(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("类别") Category category,
        @Required @Label("事项名称") String name,
        @Required @Label("列入日期") LocalDate listedOn,
        @Label("取消日期") LocalDate removedOn)
        implements UnitRecord {
    @Override
    public String named() {
        return Names.event(name);
    }

    /** The kinds of item Table 2 counts, as the 2019 format names its rows. */
    public enum Category {
        行政许可,
        其他对外管理服务事项,
        行政处罚,
        行政强制,
        行政事业性收费
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return FieldProblem.notBefore("removedOn", "取消日期", removedOn, "列入日期", listedOn);
    }

    /** Whether it was on the list at the end of {@code day}. */
    public boolean onListAt(LocalDate day) {
        return !listedOn.isAfter(day) && (removedOn == null || removedOn.isAfter(day));
    }
}
