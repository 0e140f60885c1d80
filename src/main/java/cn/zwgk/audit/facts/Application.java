package cn.zwgk.audit.facts;

import cn.zwgk.audit.calendar.WorkCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One 依申请公开 case file: the date of each handling stage, who applied for what, and the outcome.
 * Missing stages are legitimate evidence (task 6 fails on them), so only receipt is required.
 */
public record Application(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Label("申请内容") String subject,
        @Required @Label("收到日期") LocalDate receivedOn,
        @Label("登记日期") LocalDate registeredOn,
        @Label("审核日期") LocalDate reviewedOn,
        @Label("办理日期") LocalDate handledOn,
        @Label("答复日期") LocalDate repliedOn,
        @Label("归档日期") LocalDate archivedOn,
        /** An extension of the reply period was approved and recorded (条例第三十三条). */
        @Label("是否延期") boolean extended,
        /** Who applied; distinct applicants for the same information matter to task 7. */
        @Label("申请人") String applicant,
        @Label("申请人类型") ApplicantType applicantType,
        /** A key for the information requested, the same for every application asking for it. */
        @Label("所申请信息") String requestedInformation,
        @Label("办理结果") Outcome outcome,
        /** 办理结果的具体情形，按年报统一格式的原文，如“保护第三方合法权益”；不予公开、无法提供、不予处理须填，其他处理可填 */
        @Label("办理结果情形") String outcomeReason,
        /** How the request arrived; it fixes which date is the day of receipt (条例第三十一条). */
        @Label("提交方式") Channel channel,
        /** The day receipt was confirmed with the applicant, for the channels that need it. */
        @Label("确认收到日期") LocalDate receiptConfirmedOn,
        /** The day the applicant was told to complete an unclear request (条例第三十条). */
        @Label("补正告知日期") LocalDate correctionRequestedOn,
        /** The day the completed request arrived; the reply period runs from it. */
        @Label("收到补正日期") LocalDate correctedOn,
        /** The day a third party or another agency was consulted (条例第三十二条). */
        @Label("征求意见发出日期") LocalDate consultationSentOn,
        /** The day the consulted party answered; the time between is not counted. */
        @Label("征求意见答复日期") LocalDate consultationAnsweredOn,
        /** The day the head of the disclosure office approved the extension. */
        @Label("延期批准日期") LocalDate extensionApprovedOn,
        /** The day the applicant was told of the extension. */
        @Label("延期告知日期") LocalDate extensionNotifiedOn,
        /** The reason the reply gives for not disclosing (条例第三十六条). */
        @Label("答复所述理由") String statedReason,
        /** The legal basis the reply cites for not disclosing. */
        @Label("答复所引法律依据") String legalBasis,
        /** Whether the reply tells the applicant of 行政复议 and 行政诉讼. */
        @Label("是否告知救济途径") Boolean remediesStated,
        /** The applicant suggested publishing the information proactively (条例第四十四条第二款). */
        @Label("申请人建议转主动公开") boolean suggestsProactive)
        implements UnitRecord {

    /**
     * The ways of submitting a request that 条例第三十一条 dates differently: in person and by signed-for
     * post on the day received, the others on the day receipt is confirmed.
     */
    public enum Channel {
        当面提交,
        邮寄,
        平常信函,
        网络,
        传真;

        /** Whether the day of receipt is the day it was confirmed with the applicant. */
        public boolean needsConfirmation() {
            return this == 平常信函 || this == 网络 || this == 传真;
        }
    }

    /** How a 说明 names the case: when, from whom and how it was received. */
    @Override
    public String named() {
        return receivedOn.getYear()
                + "年"
                + receivedOn.getMonthValue()
                + "月"
                + receivedOn.getDayOfMonth()
                + "日收到的"
                + (applicant == null || applicant.isBlank() ? "" : applicant + "的")
                + "申请"
                + (channel == null ? "" : "（" + channel + "）");
    }

    /**
     * Whether the case belongs to a year's audit: received in it, or received before and answered
     * in it.
     */
    public boolean judgedIn(int year) {
        return receivedOn.getYear() == year
                || (receivedOn.getYear() < year
                        && repliedOn != null
                        && repliedOn.getYear() == year);
    }

    /** Whether the record lacks the day 条例第三十一条 takes as the day of receipt. */
    public boolean receiptUndated() {
        return channel == null || (channel.needsConfirmation() && receiptConfirmedOn == null);
    }

    /** The day of receipt under 条例第三十一条, or the day it arrived where that is not recorded. */
    public LocalDate receiptOn() {
        return channel != null && channel.needsConfirmation() && receiptConfirmedOn != null
                ? receiptConfirmedOn
                : receivedOn;
    }

    /** Whether a 补正 was asked for later than {@code days} working days after receipt. */
    public boolean correctionLate(WorkCalendar calendar, int days) {
        return correctionRequestedOn != null
                && !calendar.withinWorkingDays(receiptOn(), correctionRequestedOn, days);
    }

    /**
     * Whether a 补正 was asked for and never made: the case closes as 视为放弃 (条例第三十条), not with an
     * answer on the merits.
     */
    public boolean uncorrected() {
        return correctionRequestedOn != null && correctedOn == null;
    }

    /**
     * Whether the case was closed as 视为放弃 for want of the 补正, with that recorded as its outcome.
     */
    public boolean closedAsAbandoned() {
        return outcome == Outcome.其他处理 && ABANDONED.equals(outcomeReason);
    }

    /** The 2021 format's words for a case closed because the 补正 never came. */
    private static final String ABANDONED = "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请";

    /**
     * The day the reply period runs from: receipt of the completed request after a timely 补正, else
     * receipt of the request.
     */
    public LocalDate periodStart(WorkCalendar calendar, int correctionDays) {
        return correctedOn != null && !correctionLate(calendar, correctionDays)
                ? correctedOn
                : receiptOn();
    }

    /** Working days spent waiting for a consulted party, which the reply period does not count. */
    public int consultationDays(WorkCalendar calendar) {
        return consultationSentOn == null || consultationAnsweredOn == null
                ? 0
                : calendar.workingDaysBetween(consultationSentOn, consultationAnsweredOn);
    }

    /**
     * Whether the case has an extension that counts: approved, then notified to the applicant
     * within the first {@code replyDays} working days of the period (条例第三十三条).
     */
    public boolean extensionValid(WorkCalendar calendar, int replyDays, int correctionDays) {
        return extended
                && extensionApprovedOn != null
                && extensionNotifiedOn != null
                && !extensionApprovedOn.isAfter(extensionNotifiedOn)
                && !extensionNotifiedOn.isAfter(baseDue(calendar, replyDays, correctionDays));
    }

    /** The last day an extension may be notified: the last day of the unextended period. */
    public LocalDate extensionNoticeDue(WorkCalendar calendar, int replyDays, int correctionDays) {
        return baseDue(calendar, replyDays, correctionDays);
    }

    /** Whether an extension is recorded that does not count (see {@link #extensionValid}). */
    public boolean extensionInvalid(WorkCalendar calendar, int replyDays, int correctionDays) {
        return extended && !extensionValid(calendar, replyDays, correctionDays);
    }

    /**
     * The last day to reply: {@code replyDays} working days from the start of the period, plus
     * {@code extensionDays} with an extension that counts, plus the days spent consulting.
     */
    public LocalDate replyDue(
            WorkCalendar calendar, int replyDays, int extensionDays, int correctionDays) {
        return calendar.addWorkingDays(
                baseDue(calendar, replyDays, correctionDays),
                extensionValid(calendar, replyDays, correctionDays) ? extensionDays : 0);
    }

    /** Working days the reply came after {@link #replyDue}; 0 when on time or not replied. */
    public int replyLateBy(
            WorkCalendar calendar, int replyDays, int extensionDays, int correctionDays) {
        return repliedOn == null
                ? 0
                : calendar.workingDaysBetween(
                        replyDue(calendar, replyDays, extensionDays, correctionDays), repliedOn);
    }

    /**
     * Whether the case is still within its reply period on {@code asOf} with no reply: neither late
     * nor answered yet. A case waiting for a 补正 that has not come is open too.
     */
    public boolean openOn(
            LocalDate asOf,
            WorkCalendar calendar,
            int replyDays,
            int extensionDays,
            int correctionDays) {
        return repliedOn == null
                && (uncorrected()
                        || (consultationSentOn != null && consultationAnsweredOn == null)
                        || !asOf.isAfter(
                                replyDue(calendar, replyDays, extensionDays, correctionDays)));
    }

    /** Whether the reply refuses the information, so it must give its reason and legal basis. */
    public boolean refusal() {
        return repliedOn != null
                && (outcome == Outcome.不予公开 || outcome == Outcome.无法提供 || outcome == Outcome.不予处理);
    }

    /** What a refusal leaves out of 理由 and 法律依据, in that order. */
    public List<String> refusalGaps() {
        List<String> gaps = new ArrayList<>();
        if (statedReason == null || statedReason.isBlank()) {
            gaps.add("理由");
        }
        if (legalBasis == null || legalBasis.isBlank()) {
            gaps.add("法律依据");
        }
        return gaps;
    }

    private LocalDate baseDue(WorkCalendar calendar, int replyDays, int correctionDays) {
        return calendar.addWorkingDays(
                periodStart(calendar, correctionDays), replyDays + consultationDays(calendar));
    }

    /** Applicant categories of the national annual-report format. */
    public enum ApplicantType {
        自然人,
        商业企业,
        科研机构,
        社会公益组织,
        法律服务机构,
        其他
    }

    /** How the application was answered, in the annual-report format's top-level categories. */
    public enum Outcome {
        予以公开,
        部分公开,
        不予公开,
        无法提供,
        不予处理,
        其他处理
    }

    /**
     * Whether the case was answered by the end of a year: answered means replied with an outcome.
     * Table 3 counts such cases in its results and the rest as carried over.
     */
    public boolean answeredBy(int year) {
        return outcome != null && repliedOn != null && repliedOn.getYear() <= year;
    }

    /**
     * Whether the record says what was requested and by whom: task 7 groups requests for the same
     * information by distinct applicants, and cannot place a record without both.
     */
    public boolean identifiesRequest() {
        return requestedInformation != null
                && !requestedInformation.isBlank()
                && applicant != null
                && !applicant.isBlank();
    }

    /** A handling stage of a case and the date recorded for it ({@code null} when none is). */
    public record Stage(String name, LocalDate on) {}

    /** A recorded stage dated before the recorded stage that precedes it in the handling order. */
    public record Inversion(Stage stage, Stage previous) {}

    /** The handling stages in their order: 收到, 登记, 审核, 办理, 答复, 归档. */
    public List<Stage> stages() {
        return List.of(
                new Stage("收到", receivedOn),
                new Stage("登记", registeredOn),
                new Stage("审核", reviewedOn),
                new Stage("办理", handledOn),
                new Stage("答复", repliedOn),
                new Stage("归档", archivedOn));
    }

    /**
     * The stages, in handling order, that a replied case has no date for: every stage up to the
     * reply, and 归档 only once {@code archiveDue} (archiving follows the reply, so before the task's
     * due date it may still come). None while the case is not replied.
     */
    public List<String> missingStages(boolean archiveDue) {
        if (repliedOn == null) {
            return List.of();
        }
        return stages().stream()
                .filter(s -> s.on() == null && (archiveDue || !s.name().equals("归档")))
                .map(Stage::name)
                .toList();
    }

    /** Each recorded stage dated before the recorded stage before it, in handling order. */
    public List<Inversion> inversions() {
        List<Inversion> inversions = new ArrayList<>();
        Stage previous = null;
        for (Stage stage : stages()) {
            if (stage.on() == null) {
                continue;
            }
            if (previous != null && stage.on().isBefore(previous.on())) {
                inversions.add(new Inversion(stage, previous));
            }
            previous = stage;
        }
        return inversions;
    }

    /**
     * A reason must be one the format lists under the outcome, in either edition; the dates of the
     * 补正, the consultation and the extension cannot run backwards or stand without what they
     * follow.
     */
    @Override
    public List<FieldProblem> selfCheck() {
        List<FieldProblem> problems = new ArrayList<>(reasonProblems());
        problems.addAll(
                FieldProblem.notBefore(
                        "receiptConfirmedOn", "确认收到日期", receiptConfirmedOn, "收到日期", receivedOn));
        problems.addAll(
                FieldProblem.notBefore(
                        "correctionRequestedOn",
                        "补正告知日期",
                        correctionRequestedOn,
                        "收到日期",
                        receivedOn));
        problems.addAll(
                FieldProblem.notBefore(
                        "correctedOn", "收到补正日期", correctedOn, "补正告知日期", correctionRequestedOn));
        problems.addAll(
                FieldProblem.notBefore(
                        "consultationSentOn", "征求意见发出日期", consultationSentOn, "收到日期", receivedOn));
        problems.addAll(
                FieldProblem.notBefore(
                        "consultationAnsweredOn",
                        "征求意见答复日期",
                        consultationAnsweredOn,
                        "征求意见发出日期",
                        consultationSentOn));
        problems.addAll(
                FieldProblem.notBefore(
                        "extensionNotifiedOn", "延期告知日期", extensionNotifiedOn, "收到日期", receivedOn));
        problems.addAll(
                without("correctedOn", "收到补正日期", correctedOn, "补正告知日期", correctionRequestedOn));
        problems.addAll(
                without(
                        "consultationAnsweredOn",
                        "征求意见答复日期",
                        consultationAnsweredOn,
                        "征求意见发出日期",
                        consultationSentOn));
        if (!extended && (extensionApprovedOn != null || extensionNotifiedOn != null)) {
            problems.add(new FieldProblem("extended", "填写了延期批准或告知日期，但“是否延期”为否"));
        }
        return problems;
    }

    /** A date that only follows another, filled in without it. */
    private static List<FieldProblem> without(
            String field, String label, LocalDate value, String otherLabel, LocalDate other) {
        return value != null && other == null
                ? List.of(new FieldProblem(field, "填写了" + label + "，但没有" + otherLabel))
                : List.of();
    }

    private List<FieldProblem> reasonProblems() {
        if (outcomeReason == null) {
            return List.of();
        }
        List<String> allowed =
                outcome == null ? List.of() : ReportLayout.anyEditionReasons(outcome);
        if (allowed.contains(outcomeReason)) {
            return List.of();
        }
        return List.of(
                new FieldProblem(
                        "outcomeReason",
                        outcome == null
                                ? "填写了情形“" + outcomeReason + "”但没有办理结果"
                                : allowed.isEmpty()
                                        ? "办理结果“" + outcome + "”在年报格式中不分情形，不应填写情形"
                                        : "“"
                                                + outcomeReason
                                                + "”不是“"
                                                + outcome
                                                + "”的情形之一（应为："
                                                + String.join("、", allowed)
                                                + "）"));
    }
}
