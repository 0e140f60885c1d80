package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/** A 双公示 record: an administrative licence or penalty decision and when it was shown publicly. */
public record CreditDisclosure(
        @Required String id,
        @Required String unit,
        @Required Type type,
        String decisionNumber,
        String subject,
        @Required LocalDate decisionOn,
        LocalDate publishedOn) implements UnitRecord {

    /** Licence or penalty. */
    public enum Type { 行政许可, 行政处罚 }

    @Override
    public List<FieldProblem> selfCheck() {
        return FieldProblem.notBefore("publishedOn", "公示日期", publishedOn, "决定日期", decisionOn);
    }
}
