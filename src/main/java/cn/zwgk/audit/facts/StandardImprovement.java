package cn.zwgk.audit.facts;

import java.time.LocalDate;

/**
 * A recorded improvement in how the disclosure standard is applied (task 24): a more efficient or
 * convenient way of publishing, and the reach it gained where the office measured it.
 *
 * @param effect the measured effect (coverage or reach, e.g. "订阅用户由1.2万增至3.5万"), absent when not
 *     measured
 */
public record StandardImprovement(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("日期") LocalDate date,
        @Required @Label("优化内容") String description,
        @Label("成效（覆盖面、到达率）") String effect)
        implements UnitRecord, Dated {
    @Override
    public String named() {
        return Names.event(description);
    }
}
