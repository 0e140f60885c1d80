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
        LocalDate publishedOn) implements Evidence {

    /** Licence or penalty. */
    public enum Type { 行政许可, 行政处罚 }

    @Override
    public List<String> units() {
        return List.of(unit);
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return publishedOn != null && decisionOn != null && publishedOn.isBefore(decisionOn)
                ? List.of(new FieldProblem("publishedOn", "公示日期 " + publishedOn + " 早于决定日期 " + decisionOn))
                : List.of();
    }
}
