package cn.zwgk.audit.facts;

import java.util.Map;

/**
 * One entry of the bureau's register of 配套制度 that the 《上海市政府信息公开规定》 affects (task 2): the 制度, the
 * unit that owns it, and the document that revised it, if any.
 *
 * @param id unique id
 * @param unit the unit that owns the 制度
 * @param title the 制度's title
 * @param revision the publication (category 配套制度) that revised it; null while not revised
 */
public record AffectedRule(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("制度名称") String title,
        @Label("修订文件编号") String revision)
        implements UnitRecord {
    @Override
    public String named() {
        return Names.document(title, null);
    }

    @Override
    public Map<String, Reference> references() {
        return revision == null
                ? Map.of()
                : Map.of("revision", new Reference(EvidenceKind.PUBLICATION, revision));
    }
}
