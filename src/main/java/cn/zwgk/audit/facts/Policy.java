package cn.zwgk.audit.facts;

import java.time.LocalDate;

/** A policy document the bureau issued; interpretations name it. */
public record Policy(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("标题") String title,
        @Label("文号") String documentNumber,
        @Label("审批日期") LocalDate approvedOn,
        @Required @Label("发布日期") LocalDate publishedOn,
        @Label("是否需要解读") boolean needsInterpretation)
        implements UnitRecord {
    @Override
    public String named() {
        return Names.document(title, documentNumber);
    }
}
