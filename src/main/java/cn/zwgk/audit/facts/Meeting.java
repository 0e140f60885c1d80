package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A training session, a leadership briefing or a coordination meeting on 政务公开 work, with the
 * units that took part.
 */
public record Meeting(
        @Required String id,
        @Required Type type,
        @Required String title,
        @Required LocalDate date,
        @Required List<String> units) implements Evidence {

    /** What kind of meeting. */
    public enum Type { 业务培训, 主要领导听取汇报, 协调会 }

    @Override
    public List<FieldProblem> selfCheck() {
        return units != null && units.isEmpty() ? List.of(new FieldProblem("units", "至少应列出一个参与单位")) : List.of();
    }
}
