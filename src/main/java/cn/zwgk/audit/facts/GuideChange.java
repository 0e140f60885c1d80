package cn.zwgk.audit.facts;

import cn.zwgk.audit.facts.Publication.Category;
import cn.zwgk.audit.facts.Publication.Element;
import java.time.LocalDate;
import java.util.List;

/**
 * A change of a fact the 政府信息公开指南 states (address, telephone, office hours...), which the guide
 * must follow: {@code element} is which of the guide's elements changed, {@code description} the
 * change in the office's words.
 */
public record GuideChange(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("变更日期") LocalDate changedOn,
        @Required @Label("变更内容") String description,
        @Label("变更要素") Element element)
        implements UnitRecord {

    /** Only an element of the guide can change the guide. */
    @Override
    public List<FieldProblem> selfCheck() {
        return element != null && element.category() != Category.政府信息公开指南
                ? List.of(new FieldProblem("element", "变更要素“" + element + "”不是政府信息公开指南的要素"))
                : List.of();
    }
}
