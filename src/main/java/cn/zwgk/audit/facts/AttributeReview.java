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
        LocalDate publishedOn) implements Evidence {

    @Override
    public List<String> units() {
        return List.of(unit);
    }

    @Override
    public Map<String, Reference> references() {
        return document == null ? Map.of() : Map.of("document", new Reference(EvidenceKind.OFFICIAL_DOCUMENT, document));
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return publishedOn != null && reviewedOn != null && publishedOn.isBefore(reviewedOn)
                ? List.of(new FieldProblem("publishedOn", "公开日期 " + publishedOn + " 早于审查日期 " + reviewedOn))
                : List.of();
    }
}
