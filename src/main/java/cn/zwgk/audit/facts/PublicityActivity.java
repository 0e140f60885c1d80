package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/** A publicity activity about a new regulation (task 1): when, online or offline, who took part. */
public record PublicityActivity(
        @Required String id,
        @Required String title,
        @Required LocalDate date,
        @Required Channel channel,
        @Required List<String> units) implements Evidence {

    /** Whether an activity reached people online or offline. */
    public enum Channel { 线上, 线下 }

    @Override
    public List<FieldProblem> selfCheck() {
        return units != null && units.isEmpty()
                ? List.of(new FieldProblem("units", "至少应列出一个参与单位"))
                : List.of();
    }
}
