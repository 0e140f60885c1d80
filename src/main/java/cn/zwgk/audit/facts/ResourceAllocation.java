package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/** A public-resource allocation item (task 29) and when its information was disclosed. */
public record ResourceAllocation(
        @Required String id,
        @Required String unit,
        @Required Type type,
        @Required String title,
        @Required LocalDate eventOn,
        LocalDate disclosedOn) implements UnitRecord {

    /** The kinds of item task 29 names. */
    public enum Type { 政府采购, 国有产权交易, 工程建设项目招投标 }

    @Override
    public List<FieldProblem> selfCheck() {
        return FieldProblem.notBefore("disclosedOn", "公开日期", disclosedOn, "事项发生日期", eventOn);
    }
}
