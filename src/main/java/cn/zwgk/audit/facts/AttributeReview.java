package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A re-review of an official document's disclosure attribute (task 9), and its publication if
 * converted.
 */
public record AttributeReview(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("公文编号") String document,
        @Required @Label("审查日期") LocalDate reviewedOn,
        @Required @Label("审查后公开属性") OfficialDocument.Attribute newAttribute,
        @Label("公开日期") LocalDate publishedOn)
        implements UnitRecord {

    @Override
    public Map<String, Reference> references() {
        return document == null
                ? Map.of()
                : Map.of("document", new Reference(EvidenceKind.OFFICIAL_DOCUMENT, document));
    }

    @Override
    public List<FieldProblem> selfCheck() {
        return FieldProblem.notBefore("publishedOn", "公开日期", publishedOn, "审查日期", reviewedOn);
    }
}
