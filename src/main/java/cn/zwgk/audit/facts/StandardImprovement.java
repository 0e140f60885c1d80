package cn.zwgk.audit.facts;

import java.time.LocalDate;

/**
 * A recorded improvement in how the disclosure standard is applied (task 24): a more efficient or
 * convenient way of publishing, and the reach it gained.
 */
public record StandardImprovement(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("日期") LocalDate date,
        @Required @Label("优化内容") String description)
        implements UnitRecord, Dated {}
