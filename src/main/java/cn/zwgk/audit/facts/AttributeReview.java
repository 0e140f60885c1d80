package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A re-review of an official document's disclosure attribute (task 9), and its publication if converted. */
public record AttributeReview(
        @Required String id,
        @Required String unit,
        @Required String document,
        @Required LocalDate reviewedOn,
        @Required OfficialDocument.Attribute newAttribute,
        LocalDate publishedOn) implements UnitRecord {

    @Override
    public Map<String, Reference> references() {
        return document == null ? Map.of() : Map.of("document", new Reference(EvidenceKind.OFFICIAL_DOCUMENT, document));
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return FieldProblem.notBefore("publishedOn", "公开日期", publishedOn, "审查日期", reviewedOn);
    }
}
