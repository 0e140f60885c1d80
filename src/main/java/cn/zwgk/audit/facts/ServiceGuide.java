package cn.zwgk.audit.facts;

import java.time.LocalDate;

/** A published service guide (办事指南): complete conditions, form templates, 一件事 or not. */
public record ServiceGuide(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("指南名称") String title,
        @Required @Label("发布日期") LocalDate publishedOn,
        @Required @Label("办事条件是否完整") Boolean conditionsComplete,
        @Required @Label("是否附规范格式文本") Boolean formTemplatesAttached,
        @Label("是否一件事") boolean oneThing)
        implements UnitRecord {
    @Override
    public String named() {
        return Names.document(title, null);
    }
}
