package cn.zwgk.audit.facts;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A sudden event and the first authoritative response to it. Times without an offset are read as
 * Asia/Shanghai by the loader.
 */
public record Emergency(
        @Required String id,
        @Required String unit,
        @Required String title,
        /** A 重大突发事件; only these fall under the 5-hour rule. */
        @Required Boolean major,
        @Required OffsetDateTime occurredAt,
        OffsetDateTime firstResponseAt,
        String responseChannel) implements UnitRecord {

    @Override
    public List<FieldProblem> selfCheck() {
        return FieldProblem.notBefore("firstResponseAt", "首次回应时间", firstResponseAt, "事件发生时间", occurredAt);
    }
}
