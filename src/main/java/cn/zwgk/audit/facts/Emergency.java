package cn.zwgk.audit.facts;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A sudden event and the first authoritative response to it. Times without an offset are read as
 * Asia/Shanghai by the loader.
 */
public record Emergency(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("事件名称") String title,
        /** A 重大突发事件; only these fall under the 5-hour rule. */
        @Required @Label("是否重大突发事件") Boolean major,
        @Required @Label("发生时间") OffsetDateTime occurredAt,
        @Label("首次回应时间") OffsetDateTime firstResponseAt,
        @Label("回应渠道") String responseChannel)
        implements UnitRecord {
    @Override
    public String named() {
        return Names.event(title);
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return FieldProblem.notBefore(
                "firstResponseAt", "首次回应时间", firstResponseAt, "事件发生时间", occurredAt);
    }
}
