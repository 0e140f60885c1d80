package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A 双公示 record: an administrative licence or penalty decision, or a decision to put a party on a 失信
 * list (e.g. the wage-arrears blacklist), and when it was shown publicly.
 */
public record CreditDisclosure(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("类别") Type type,
        @Label("决定文号") String decisionNumber,
        @Label("行政相对人") String subject,
        @Required @Label("决定日期") LocalDate decisionOn,
        @Label("公示日期") LocalDate publishedOn)
        implements UnitRecord {
    @Override
    public String named() {
        return Names.decision(type + "决定", decisionNumber, id);
    }

    /** Licence, penalty, or a 失信 list decision. */
    public enum Type {
        行政许可,
        行政处罚,
        列入失信名单;

        /** Whether it is a 双公示 decision, which Table 2 of the annual report counts. */
        public boolean doublePublicity() {
            return this != 列入失信名单;
        }
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return FieldProblem.notBefore("publishedOn", "公示日期", publishedOn, "决定日期", decisionOn);
    }
}
