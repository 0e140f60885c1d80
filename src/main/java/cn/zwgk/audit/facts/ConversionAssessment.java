package cn.zwgk.audit.facts;

import java.time.LocalDate;

/**
 * The assessment of whether information requested by several applicants, or suggested by an
 * applicant, should be published proactively (条例第四十四条): converted, or kept on request with a
 * reason. Task 7 needs one for every such piece of information; not converting is allowed.
 *
 * @param id unique id
 * @param unit the unit that assessed it
 * @param requestedInformation the information assessed, as the applications name it
 * @param assessedOn the day of the assessment
 * @param decision converted or kept on request
 * @param reason why it is kept on request (or converted)
 */
public record ConversionAssessment(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("所申请信息") String requestedInformation,
        @Required @Label("评估日期") LocalDate assessedOn,
        @Required @Label("评估结论") Decision decision,
        @Label("理由") String reason)
        implements UnitRecord, Dated {

    /** What the assessment concluded. */
    public enum Decision {
        转为主动公开,
        继续依申请公开
    }

    @Override
    public String named() {
        return "对“" + requestedInformation + "”的评估";
    }

    @Override
    public LocalDate date() {
        return assessedOn;
    }

    /** Whether it keeps the information on request without saying why. */
    public boolean keptWithoutReason() {
        return decision == Decision.继续依申请公开 && (reason == null || reason.isBlank());
    }
}
