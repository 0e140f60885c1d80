package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A public-resource allocation item (task 29) and when its information was disclosed. For 政府采购,
 * whether it went through 政府集中采购 and its amount, which Table 2 of the 2019 format reports.
 *
 * <p>{@code eventOn} is the day the statute counts from: for 政府采购 the day the winning supplier was
 * determined (《政府采购法实施条例》第四十三条), for 招投标 the day the evaluation report was received
 * (《招标投标法实施条例》第五十四条), for 国有产权交易 the day the transaction was concluded; {@code disclosedOn} is the
 * day the result (招投标: the 公示 of the winning candidates) was published.
 */
public record ResourceAllocation(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("类别") Type type,
        @Required @Label("事项名称") String title,
        @Required @Label("发生日期") LocalDate eventOn,
        @Label("公开日期") LocalDate disclosedOn,
        @Label("是否政府集中采购") Boolean centralised,
        @Label("金额（元）") Long amount,
        /** 政府采购: the day the contract was signed (《政府采购法实施条例》第五十条). */
        @Label("合同签订日期") LocalDate contractSignedOn,
        /** 政府采购: the day the contract was published. */
        @Label("合同公告日期") LocalDate contractPublishedOn,
        /** 招投标: the last day of the 公示 of the winning candidates. */
        @Label("公示截止日期") LocalDate publicityEndsOn)
        implements UnitRecord {
    @Override
    public String named() {
        return Names.event(title);
    }

    /**
     * Calendar days the 公示 of the winning candidates came after the {@code days} the statute allows
     * from the evaluation report (招投标 counts "日", not working days); 0 when on time or not yet.
     */
    public long candidatePublicityLateBy(int days) {
        return disclosedOn == null
                ? 0
                : Math.max(0, ChronoUnit.DAYS.between(eventOn.plusDays(days), disclosedOn));
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
        problems.addAll(
                FieldProblem.notBefore(
                        "contractPublishedOn",
                        "合同公告日期",
                        contractPublishedOn,
                        "合同签订日期",
                        contractSignedOn));
        problems.addAll(
                FieldProblem.notBefore(
                        "publicityEndsOn", "公示截止日期", publicityEndsOn, "公示（公开）日期", disclosedOn));
        if (contractPublishedOn != null && contractSignedOn == null) {
            problems.add(new FieldProblem("contractPublishedOn", "填写了合同公告日期，但没有合同签订日期"));
        }
        if ((contractSignedOn != null || contractPublishedOn != null) && type != Type.政府采购) {
            problems.add(new FieldProblem("contractSignedOn", "只有政府采购事项才填写合同签订、公告日期"));
        }
        if (publicityEndsOn != null && type != Type.工程建设项目招投标) {
            problems.add(new FieldProblem("publicityEndsOn", "只有工程建设项目招投标事项才有公示截止日期"));
        }
        if (amount != null && amount < 0) {
            problems.add(new FieldProblem("amount", "金额 " + amount + " 不能为负数"));
        }
        if (centralised != null && type != Type.政府采购) {
            problems.add(new FieldProblem("centralised", "只有政府采购事项才有“是否政府集中采购”"));
        }
        return problems;
    }
}
