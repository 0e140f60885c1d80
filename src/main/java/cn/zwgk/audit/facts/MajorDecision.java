package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A major administrative decision in the decision catalog: draft and basis publication, how public
 * opinion was collected, the decision and the publication of how opinions were adopted.
 */
public record MajorDecision(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("决策事项") String title,
        @Label("草案公开日期") LocalDate draftPublishedOn,
        @Label("依据公开日期") LocalDate basisPublishedOn,
        @Label("征求意见") List<Consultation> consultations,
        @Required @Label("决策日期") LocalDate decidedOn,
        /**
         * The day the resulting policy was issued; the 10 working days for feedback run from it.
         */
        @Label("政策出台日期") LocalDate issuedOn,
        @Label("意见采纳情况公开日期") LocalDate feedbackPublishedOn,
        /** Which kind of decision; null is read as a 重大行政决策 listed in the decision catalog. */
        @Label("决策类别") Category category)
        implements UnitRecord {
    @Override
    public String named() {
        return Names.event(title);
    }

    public MajorDecision {
        category = category == null ? Category.重大行政决策 : category;
    }

    /**
     * How many times opinion was heard before the day of decision; hearing it on that day is not
     * "before". None when no consultation is recorded.
     */
    public int consultationsBeforeDecision() {
        return consultations == null
                ? 0
                : (int) consultations.stream().filter(c -> c.date().isBefore(decidedOn)).count();
    }

    /** Task 17 covers catalogued major decisions; task 18 every kind. */
    public enum Category {
        重大行政决策,
        重要改革方案,
        重大政策措施,
        重大民生事项
    }

    /** One way public opinion was collected, and when. */
    public record Consultation(
            @Required @Label("方式") Method method, @Required @Label("日期") LocalDate date) {}

    /** Ways of collecting opinion the task names. */
    public enum Method {
        听证,
        座谈,
        专项听取意见,
        实地走访,
        网上征求意见
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return FieldProblem.notBefore("issuedOn", "政策出台日期", issuedOn, "决策日期", decidedOn);
    }
}
