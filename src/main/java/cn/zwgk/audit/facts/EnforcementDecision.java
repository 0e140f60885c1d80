package cn.zwgk.audit.facts;

import java.time.LocalDate;

/**
 * A 行政强制 decision (《行政强制法》第九条、第十二条): Table 2 reports how many the bureau made in the year, beside
 * its 行政许可 and 行政处罚 decisions.
 */
public record EnforcementDecision(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("强制类别") Measure measure,
        @Label("决定文号") String decisionNumber,
        @Label("当事人") String subject,
        @Required @Label("决定日期") LocalDate decidedOn)
        implements UnitRecord {
    @Override
    public String named() {
        return Names.decision(measure + "决定", decisionNumber, id);
    }

    /** 行政强制措施 (第九条) or 行政强制执行 (第十二条). */
    public enum Measure {
        限制公民人身自由,
        查封场所设施或者财物,
        扣押财物,
        冻结存款汇款,
        其他行政强制措施,
        行政强制执行
    }
}
