package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * Work on one standardisation pilot field (试点领域): contact with the municipal department, the
 * standard guideline put in force locally (task 22), and its link in the portal's column (task 23):
 * which of the bureau's items of the field's standard 目录 the column links to.
 *
 * @param catalogueItems the bureau's items in the field's standard 目录, by name
 * @param linkedItems the items the column links to, by the same names
 */
public record PilotFieldWork(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("试点领域") String field,
        @Label("对接日期") LocalDate contactedOn,
        @Label("标准指引施行日期") LocalDate guidelineInForceOn,
        @Label("专栏链接日期") LocalDate columnLinkedOn,
        @Label("本局目录事项") List<String> catalogueItems,
        @Label("已链接事项") List<String> linkedItems)
        implements UnitRecord {

    public PilotFieldWork {
        catalogueItems = Lists.orEmpty(catalogueItems);
        linkedItems = Lists.orEmpty(linkedItems);
    }

    /** The bureau's 目录 items, in the order given, that the column does not link to. */
    public List<String> unlinkedItems() {
        return catalogueItems.stream().filter(item -> !linkedItems.contains(item)).toList();
    }

    /**
     * Whether by {@code day} the column linked every one of the bureau's 目录 items it lists (none
     * listed cannot be checked, so is not linked).
     */
    public boolean linkedBy(LocalDate day) {
        return columnLinkedOn != null
                && !columnLinkedOn.isAfter(day)
                && !catalogueItems.isEmpty()
                && unlinkedItems().isEmpty();
    }
}
