package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A major administrative decision in the decision catalog: draft and basis publication, how public
 * opinion was collected, the decision and the publication of how opinions were adopted.
 */
public record MajorDecision(
        @Required String id,
        @Required String unit,
        @Required String title,
        LocalDate draftPublishedOn,
        LocalDate basisPublishedOn,
        List<Consultation> consultations,
        @Required LocalDate decidedOn,
        /** The day the resulting policy was issued; the 10 working days for feedback run from it. */
        LocalDate issuedOn,
        LocalDate feedbackPublishedOn,
        /** Which kind of decision; null is read as a 重大行政决策 listed in the decision catalog. */
        Category category) implements UnitRecord {

    public MajorDecision {
        category = category == null ? Category.重大行政决策 : category;
    }

    /** Task 17 covers catalogued major decisions; task 18 every kind. */
    public enum Category { 重大行政决策, 重要改革方案, 重大政策措施, 重大民生事项 }

    /** One way public opinion was collected, and when. */
    public record Consultation(@Required Method method, @Required LocalDate date) {}

    /** Ways of collecting opinion the task names. */
    public enum Method { 听证, 座谈, 专项听取意见, 实地走访, 网上征求意见 }

    @Override
    public List<FieldProblem> selfCheck() {
        return FieldProblem.notBefore("issuedOn", "政策出台日期", issuedOn, "决策日期", decidedOn);
    }
}
