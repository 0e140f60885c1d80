package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/** A public-participation event: a government open day or open week, or online Q&A. */
public record OpenEvent(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("活动名称") String title,
        @Required @Label("活动类型") Type type,
        @Required @Label("开始日期") LocalDate startDate,
        @Required @Label("结束日期") LocalDate endDate)
        implements UnitRecord {
    @Override
    public String named() {
        return Names.event(title);
    }

    /** The kinds of event task 20 distinguishes. */
    public enum Type {
        政府开放日,
        政府开放周,
        网络问政
    }

    /**
     * The day by which either {@code minDays} of {@code days} or {@code minWeeks} of {@code weeks}
     * had started (task 20's "开放日不少于3次或开放周不少于1次"), as a list of one; empty when neither count is
     * reached.
     */
    public static List<LocalDate> reachedOn(
            Collection<OpenEvent> days, int minDays, Collection<OpenEvent> weeks, int minWeeks) {
        return Stream.of(nthStart(days, minDays), nthStart(weeks, minWeeks))
                .flatMap(List::stream)
                .sorted()
                .limit(1)
                .toList();
    }

    private static List<LocalDate> nthStart(Collection<OpenEvent> events, int n) {
        return events.stream().map(OpenEvent::startDate).sorted().skip(n - 1L).limit(1).toList();
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return FieldProblem.notBefore("endDate", "结束日期", endDate, "开始日期", startDate);
    }
}
