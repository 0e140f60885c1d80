package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A public-resource allocation item (task 29) and when its information was disclosed. For 政府采购,
 * whether it went through 政府集中采购 and its amount, which Table 2 of the 2019 format reports.
 */
public record ResourceAllocation(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("类别") Type type,
        @Required @Label("事项名称") String title,
        @Required @Label("发生日期") LocalDate eventOn,
        @Label("公开日期") LocalDate disclosedOn,
        @Label("是否政府集中采购") Boolean centralised,
        @Label("金额（元）") Long amount)
        implements UnitRecord {
    @Override
    public String named() {
        return Names.event(title);
    }

    /** The kinds of item task 29 names. */
    public enum Type {
        政府采购,
        国有产权交易,
        工程建设项目招投标
    }

    @Override
    public List<FieldProblem> selfCheck() {
        List<FieldProblem> problems =
                new ArrayList<>(
                        FieldProblem.notBefore(
                                "disclosedOn", "公开日期", disclosedOn, "事项发生日期", eventOn));
        if (amount != null && amount < 0) {
            problems.add(new FieldProblem("amount", "金额 " + amount + " 不能为负数"));
        }
        if (centralised != null && type != Type.政府采购) {
            problems.add(new FieldProblem("centralised", "只有政府采购事项才有“是否政府集中采购”"));
        }
        return problems;
    }
}
