package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A channel on which the bureau hears and answers the public (政民互动渠道, task 19): its kind from the
 * closed list of {@link PublicConcern.Channel} (so the messages received on it are the concerns of
 * that kind), its own name as a description, and when it opened and, if it did, closed.
 */
public record InteractionChannel(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("渠道类型") PublicConcern.Channel kind,
        @Required @Label("渠道名称") String name,
        @Required @Label("开通日期") LocalDate openedOn,
        @Label("停用日期") LocalDate closedOn)
        implements UnitRecord, Dated {

    @Override
    public String named() {
        return Names.event(name) + "（" + kind + "）";
    }

    /** Placed by the day it opened. */
    @Override
    public LocalDate date() {
        return openedOn;
    }

    /** Whether it was open on {@code day}: opened by then and not yet closed. */
    public boolean operatingOn(LocalDate day) {
        return !openedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return FieldProblem.notBefore("closedOn", "停用日期", closedOn, "开通日期", openedOn);
    }
}
