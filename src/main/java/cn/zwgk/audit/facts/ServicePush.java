package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/** Proactive pushes through the 一网通办 portal in one category on one day (task 27). */
public record ServicePush(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("推送类别") Category category,
        @Required @Label("日期") LocalDate date,
        @Required @Label("推送人数") Integer recipients)
        implements UnitRecord {

    /** The push categories task 27 names. */
    public enum Category {
        惠企利民政策,
        办事指南,
        证照到期提醒,
        办件进度提醒
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return recipients != null && recipients < 0
                ? List.of(new FieldProblem("recipients", "推送人数不能为负数"))
                : List.of();
    }
}
