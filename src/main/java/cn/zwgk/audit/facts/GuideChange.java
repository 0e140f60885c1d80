package cn.zwgk.audit.facts;

import java.time.LocalDate;

/**
 * A change of a fact the 政府信息公开指南 states (address, telephone, office hours...), which the guide
 * must follow.
 */
public record GuideChange(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("变更日期") LocalDate changedOn,
        @Required @Label("变更内容") String description)
        implements UnitRecord {}
