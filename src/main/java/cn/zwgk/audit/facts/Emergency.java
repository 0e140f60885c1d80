package cn.zwgk.audit.facts;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A sudden event, the first authoritative information about it and the press conference held on it.
 * Times without an offset are read as Asia/Shanghai by the loader.
 */
public record Emergency(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("事件名称") String title,
        /**
         * The level under 《突发事件应对法》第三条, where recorded; 特别重大 and 重大 are major emergencies whatever
         * {@link #major} says.
         */
        @Label("事件级别") Level level,
        /**
         * A major emergency, or one handled as such: the flag may add an event of a lower (or
         * unrecorded) level to the 5-hour and 24-hour rules, never take a 特别重大 or 重大 one out.
         */
        @Required @Label("是否重大突发事件") Boolean major,
        @Required @Label("发生时间") OffsetDateTime occurredAt,
        @Label("首次回应时间") OffsetDateTime firstResponseAt,
        @Label("回应渠道") String responseChannel,
        @Label("新闻发布会时间") OffsetDateTime pressConferenceAt)
        implements UnitRecord {

    /** 《突发事件应对法》第三条的四级. */
    public enum Level {
        特别重大,
        重大,
        较大,
        一般
    }

    @Override
    public String named() {
        return Names.event(title);
    }

    /**
     * Under the 5-hour and 24-hour rules of 国办发〔2016〕80号: a 特别重大 or 重大 event, or one marked major.
     */
    public boolean majorEmergency() {
        return level == Level.特别重大 || level == Level.重大 || Boolean.TRUE.equals(major);
    }

    @Override
    public List<FieldProblem> selfCheck() {
        List<FieldProblem> problems =
                new ArrayList<>(
                        FieldProblem.notBefore(
                                "firstResponseAt",
                                "首次回应时间",
                                firstResponseAt,
                                "事件发生时间",
                                occurredAt));
        problems.addAll(
                FieldProblem.notBefore(
                        "pressConferenceAt", "新闻发布会时间", pressConferenceAt, "事件发生时间", occurredAt));
        return problems;
    }
}
