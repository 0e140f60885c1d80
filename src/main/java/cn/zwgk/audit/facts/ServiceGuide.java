package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A published service guide (办事指南): complete conditions, form templates, 一件事 or not, and which
 * elements of a guide it carries, read off the guide itself.
 */
public record ServiceGuide(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("指南名称") String title,
        @Required @Label("发布日期") LocalDate publishedOn,
        @Required @Label("办事条件是否完整") Boolean conditionsComplete,
        @Required @Label("是否附规范格式文本") Boolean formTemplatesAttached,
        @Label("是否一件事") boolean oneThing,
        @Label("所载要素") List<Element> elements)
        implements UnitRecord {

    public ServiceGuide {
        elements = Lists.orEmpty(elements);
    }

    /** The elements of {@code required}, in its order, that the guide does not carry. */
    public List<Element> lacking(List<Element> required) {
        return required.stream().filter(e -> !elements.contains(e)).toList();
    }

    /** Whether the guide carries every element of {@code required}. */
    public boolean hasAll(List<Element> required) {
        return elements.containsAll(required);
    }

    /**
     * The elements a 办事指南 may carry (《国务院关于加快推进“互联网+政务服务”工作的指导意见》（国发〔2016〕55号）：
     * 办事指南列明依据条件、流程时限、收费标准、注意事项等); which ones the office's template requires is a parameter of task
     * 26.
     */
    public enum Element {
        事项名称,
        设定依据,
        申请条件,
        申请材料,
        办理流程,
        办理时限,
        收费标准,
        办理地点和时间,
        咨询方式,
        监督投诉方式
    }

    @Override
    public String named() {
        return Names.document(title, null);
    }
}
