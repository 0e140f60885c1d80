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
        @Label("是否需要解读") boolean needsInterpretation,
        /**
         * What kind of document it is: a 行政规范性文件 needs an interpretation by its type alone (task
         * 11); {@link #needsInterpretation} may add other policies, never take one out.
         */
        @Label("文件类型") DocumentType type)
        implements UnitRecord {
    @Override
    public String named() {
        return Names.document(title, documentNumber);
    }

    /** Kinds of policy document; 行政规范性文件 as 《上海市行政规范性文件管理规定》 defines it. */
    public enum DocumentType {
        行政规范性文件,
        政策措施,
        工作方案,
        其他
    }
}
