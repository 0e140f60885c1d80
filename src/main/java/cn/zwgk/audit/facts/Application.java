package cn.zwgk.audit.facts;

import java.time.LocalDate;

/**
 * One 依申请公开 case file: the date of each handling stage, who applied for what, and the outcome.
 * Missing stages are legitimate evidence (task 6 fails on them), so only receipt is required.
 */
public record Application(
        @Required String id,
        @Required String unit,
        String subject,
        @Required LocalDate receivedOn,
        LocalDate registeredOn,
        LocalDate reviewedOn,
        LocalDate handledOn,
        LocalDate repliedOn,
        LocalDate archivedOn,
        /** An extension of the reply period was approved and recorded (条例第三十三条). */
        boolean extended,
        /** Who applied; distinct applicants for the same information matter to task 7. */
        String applicant,
        ApplicantType applicantType,
        /** A key for the information requested, the same for every application asking for it. */
        String requestedInformation,
        Outcome outcome) implements UnitRecord {

    /** Applicant categories of the national annual-report format. */
    public enum ApplicantType { 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他 }

    /** How the application was answered, in the annual-report format's top-level categories. */
    public enum Outcome { 予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理 }

}
