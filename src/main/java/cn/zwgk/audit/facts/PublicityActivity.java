package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/** A publicity activity about a new regulation (task 1): when, online or offline, who took part. */
public record PublicityActivity(
        @Required @Label("编号") String id,
        @Required @Label("活动名称") String title,
        @Required @Label("日期") LocalDate date,
        @Required @Label("线上线下") Channel channel,
        @Required @Label("参与单位") List<String> units)
        implements Evidence {
    @Override
    public String named() {
        return Names.event(title);
    }

    /** Whether an activity reached people online or offline. */
    public enum Channel {
        线上,
        线下
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return units != null && units.isEmpty()
                ? List.of(new FieldProblem("units", "至少应列出一个参与单位"))
                : List.of();
    }
}
