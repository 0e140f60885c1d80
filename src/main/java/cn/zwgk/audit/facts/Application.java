package cn.zwgk.audit.facts;

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
        @Label("办理结果情形") String outcomeReason)
        implements UnitRecord {

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

    /** A reason must be one the format lists under the outcome, in either edition. */
    @Override
    public List<FieldProblem> selfCheck() {
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
