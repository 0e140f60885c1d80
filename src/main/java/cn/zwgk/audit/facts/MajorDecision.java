package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A decision task 17 or 18 judges: a 重大行政决策 in the decision catalog, or another important reform
 * plan, policy measure or livelihood decision. Records draft and basis publication, the online
 * comment period, the other ways opinion was heard, the decision and the publication of how
 * opinions were adopted.
 */
public record MajorDecision(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("决策事项") String title,
        @Label("草案公开日期") LocalDate draftPublishedOn,
        @Label("依据公开日期") LocalDate basisPublishedOn,
        /** Ways opinion was heard besides the online comment period, and when. */
        @Label("征求意见") List<Consultation> consultations,
        @Required @Label("决策日期") LocalDate decidedOn,
        /**
         * The day the resulting policy was issued; the 10 working days for feedback run from it.
         */
        @Label("政策出台日期") LocalDate issuedOn,
        @Label("意见采纳情况公开日期") LocalDate feedbackPublishedOn,
        /** Which kind of decision; null is read as a 重大行政决策 listed in the decision catalog. */
        @Label("决策类别") Category category,
        /**
         * First day of the online public comment period (the draft is open for comment from it).
         */
        @Label("网上征求意见起始日期") LocalDate commentFrom,
        /** Last day on which comments were accepted online. */
        @Label("网上征求意见截止日期") LocalDate commentTo,
        /**
         * Why the comment period is shorter than the law's usual minimum, as stated when comments
         * were invited (《重大行政决策程序暂行条例》第十四条).
         */
        @Label("征求意见期限缩短的理由") String shortPeriodReason,
        /**
         * Handled under the major-decision procedure although not in the catalog: a flag may add a
         * decision to task 17's scope, never take a catalogued one out.
         */
        @Label("按重大行政决策程序办理") Boolean majorProcedure,
        /** The decision issues a 行政规范性文件 (国办发〔2018〕37号 applies). */
        @Label("行政规范性文件") Boolean normative,
        /** Closely concerns market entities' business (《优化营商环境条例》第六十三条). */
        @Label("与市场主体生产经营活动密切相关") Boolean concernsMarketEntities)
        implements UnitRecord {
    @Override
    public String named() {
        return Names.event(title);
    }

    public MajorDecision {
        category = category == null ? Category.重大行政决策 : category;
    }

    /** In task 17's scope: listed in the decision catalog, or flagged as handled like one. */
    public boolean catalogued() {
        return category == Category.重大行政决策 || Boolean.TRUE.equals(majorProcedure);
    }

    public boolean normativeDocument() {
        return Boolean.TRUE.equals(normative);
    }

    public boolean marketRelated() {
        return Boolean.TRUE.equals(concernsMarketEntities);
    }

    /**
     * Days of the online comment period, counted from the day after it opened to its last day
     * inclusive (a period in days does not count its first day); -1 when no period is recorded.
     */
    public int commentDays() {
        return commentFrom == null || commentTo == null
                ? -1
                : (int) ChronoUnit.DAYS.between(commentFrom, commentTo);
    }

    /** Whether a reason for a shortened comment period was stated. */
    public boolean shortPeriodExplained() {
        return shortPeriodReason != null && !shortPeriodReason.isBlank();
    }

    /**
     * How many times opinion was heard before the day of decision, online comment period included;
     * hearing it on that day is not "before".
     */
    public int consultationsBeforeDecision() {
        return otherConsultationsBeforeDecision()
                + (commentFrom != null && commentFrom.isBefore(decidedOn) ? 1 : 0)
                + (int)
                        consultationList().stream()
                                .filter(c -> c.method() == Method.网上征求意见)
                                .filter(c -> c.date().isBefore(decidedOn))
                                .count();
    }

    /** How many times opinion was heard before the day of decision in a way other than online. */
    public int otherConsultationsBeforeDecision() {
        return (int)
                consultationList().stream()
                        .filter(c -> c.method() != Method.网上征求意见)
                        .filter(c -> c.date().isBefore(decidedOn))
                        .count();
    }

    private List<Consultation> consultationList() {
        return consultations == null ? List.of() : consultations;
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

    /** Ways of collecting opinion (《重大行政决策程序暂行条例》第十四条：座谈会、听证会、实地走访、书面征求意见、 问卷调查、民意调查等). */
    public enum Method {
        听证,
        座谈,
        专项听取意见,
        实地走访,
        书面征求意见,
        问卷调查,
        民意调查,
        网上征求意见
    }

    @Override
    public List<FieldProblem> selfCheck() {
        List<FieldProblem> problems =
                new ArrayList<>(
                        FieldProblem.notBefore("issuedOn", "政策出台日期", issuedOn, "决策日期", decidedOn));
        problems.addAll(
                FieldProblem.notBefore(
                        "commentTo", "网上征求意见截止日期", commentTo, "网上征求意见起始日期", commentFrom));
        problems.addAll(
                FieldProblem.notBefore(
                        "feedbackPublishedOn",
                        "意见采纳情况公开日期",
                        feedbackPublishedOn,
                        "政策出台日期",
                        issuedOn));
        return problems;
    }
}
