package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A training session, a leadership briefing or a coordination meeting on 政务公开 work, with the units
 * that took part.
 */
public record Meeting(
        @Required @Label("编号") String id,
        @Required @Label("会议类型") Type type,
        @Required @Label("会议名称") String title,
        @Required @Label("日期") LocalDate date,
        @Required @Label("参与单位") List<String> units)
        implements Dated {
    @Override
    public String named() {
        return Names.event(title);
    }

    /** What kind of meeting. */
    public enum Type {
        业务培训,
        主要领导听取汇报,
        协调会
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return units != null && units.isEmpty()
                ? List.of(new FieldProblem("units", "至少应列出一个参与单位"))
                : List.of();
    }
}
