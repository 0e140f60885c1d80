package cn.zwgk.audit.facts;

import java.time.LocalDate;

/**
 * A change to the items of one of the service lists task 25 names (an item added, removed or
 * altered), which the published list must follow within its time limit.
 */
public record ServiceListChange(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("清单") ServiceList list,
        @Required @Label("变更日期") LocalDate changedOn,
        @Required @Label("变更内容") String description)
        implements UnitRecord, Dated {

    @Override
    public String named() {
        return Names.event(description);
    }

    /** Placed by the day of the change. */
    @Override
    public LocalDate date() {
        return changedOn;
    }

    /** The category under which the list itself is published. */
    public Publication.Category category() {
        return Publication.Category.valueOf(list.name());
    }

    /** The lists task 25 names; each is also a {@link Publication.Category} of the same name. */
    public enum ServiceList {
        基本公共服务项目清单,
        全市通办事项清单,
        行政许可中介服务事项清单
    }
}
