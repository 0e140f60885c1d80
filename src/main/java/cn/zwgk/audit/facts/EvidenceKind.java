package cn.zwgk.audit.facts;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of evidence record the loader accepts: the name used in files, the type, a label. */
public enum EvidenceKind {
    PUBLICITY_ACTIVITY("publicity-activity", PublicityActivity.class, "宣传活动"),
    ANNUAL_REPORT("annual-report", AnnualReport.class, "政府信息公开工作年报"),
    APPLICATION("application", Application.class, "依申请公开办理记录"),
    POLICY("policy", Policy.class, "政策文件"),
    INTERPRETATION("interpretation", Interpretation.class, "政策解读"),
    EMERGENCY("emergency", Emergency.class, "突发事件及回应"),
    MAJOR_DECISION("major-decision", MajorDecision.class, "重大行政决策"),
    OPEN_EVENT("open-event", OpenEvent.class, "政府开放活动"),
    CREDIT_DISCLOSURE("credit-disclosure", CreditDisclosure.class, "双公示信息"),
    PUBLICATION("publication", Publication.class, "制度文件与公开目录"),
    MEETING("meeting", Meeting.class, "培训与会议"),
    GUIDE_CHANGE("guide-change", GuideChange.class, "公开指南事项变更"),
    OFFICIAL_DOCUMENT("official-document", OfficialDocument.class, "公文"),
    ATTRIBUTE_REVIEW("attribute-review", AttributeReview.class, "公开属性重新审查"),
    PUBLIC_CONCERN("public-concern", PublicConcern.class, "社会关切"),
    PILOT_FIELD_WORK("pilot-field-work", PilotFieldWork.class, "试点领域标准化工作"),
    SERVICE_GUIDE("service-guide", ServiceGuide.class, "办事指南"),
    SERVICE_PUSH("service-push", ServicePush.class, "一网通办主动推送"),
    RESOURCE_ALLOCATION("resource-allocation", ResourceAllocation.class, "公共资源配置事项"),
    INSPECTION("inspection", Inspection.class, "双随机抽查"),
    PLATFORM_USAGE("platform-usage", PlatformUsage.class, "政务公开工作平台使用"),
    STANDARD_IMPROVEMENT("standard-improvement", StandardImprovement.class, "标准应用优化"),
    REVIEW_CASE("review-case", ReviewCase.class, "行政复议与行政诉讼案件"),
    REPORT_TABLES("report-tables", PublishedReportTables.class, "年报统计表"),
    NORMATIVE_DOCUMENT("normative-document", NormativeDocument.class, "规章和规范性文件"),
    POWER_ITEM("power-item", PowerItem.class, "权责清单事项"),
    ENFORCEMENT_DECISION("enforcement-decision", EnforcementDecision.class, "行政强制决定"),
    DECLARATION("declaration", Declaration.class, "情况声明"),
    AFFECTED_RULE("affected-rule", AffectedRule.class, "受新规影响的配套制度"),
    CONVERSION_ASSESSMENT("conversion-assessment", ConversionAssessment.class, "转主动公开评估"),
    INTERACTION_CHANNEL("interaction-channel", InteractionChannel.class, "政民互动渠道"),
    PARTICIPATION_ITEM("participation-item", ParticipationItem.class, "公众参与事项"),
    SERVICE_LIST_CHANGE("service-list-change", ServiceListChange.class, "办事服务清单事项变更"),
    /** Not evidence the rules read: approved exceptions, applied when states are combined. */
    WAIVER("waiver", Waiver.class, "豁免"),
    /** Not evidence the rules read: what the bureau will do about a problem, for the reports. */
    RECTIFICATION("rectification", Rectification.class, "整改措施");

    private final String fileName;
    private final Class<? extends Evidence> type;
    private final String label;

    EvidenceKind(String fileName, Class<? extends Evidence> type, String label) {
        this.fileName = fileName;
        this.type = type;
        this.label = label;
    }

    /** The name that evidence files use for this kind, e.g. {@code "interpretation"}. */
    public String fileName() {
        return fileName;
    }

    public Class<? extends Evidence> type() {
        return type;
    }

    /** Chinese name for reports and error messages. */
    public String label() {
        return label;
    }

    public static Optional<EvidenceKind> byFileName(String name) {
        return Arrays.stream(values()).filter(k -> k.fileName.equals(name)).findFirst();
    }

    /** The kind of a record: a map lookup, since reports ask it once per record of large sets. */
    public static EvidenceKind of(Evidence record) {
        EvidenceKind kind = BY_TYPE.get(record.getClass());
        if (kind == null) {
            throw new IllegalArgumentException("not an evidence kind: " + record.getClass());
        }
        return kind;
    }

    // Record classes are final, so a record's exact class identifies its kind.
    private static final Map<Class<?>, EvidenceKind> BY_TYPE =
            Arrays.stream(values())
                    .collect(Collectors.toUnmodifiableMap(EvidenceKind::type, k -> k));
}
