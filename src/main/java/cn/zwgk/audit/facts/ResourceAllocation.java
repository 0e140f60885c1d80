package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/** A public-resource allocation item (task 29) and when its information was disclosed. */
public record ResourceAllocation(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("类别") Type type,
        @Required @Label("事项名称") String title,
        @Required @Label("发生日期") LocalDate eventOn,
        @Label("公开日期") LocalDate disclosedOn)
        implements UnitRecord {

    /** The kinds of item task 29 names. */
    public enum Type {
        政府采购,
        国有产权交易,
        工程建设项目招投标
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return FieldProblem.notBefore("disclosedOn", "公开日期", disclosedOn, "事项发生日期", eventOn);
    }
}
