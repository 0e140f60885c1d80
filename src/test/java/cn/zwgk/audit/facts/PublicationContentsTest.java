package cn.zwgk.audit.facts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.facts.Publication.Category;
import cn.zwgk.audit.facts.Publication.Element;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a document contains, as rules ask it: the required elements it lacks, in their order. */
class PublicationContentsTest {

    private static Publication catalogue(List<Element> elements, List<ProactiveItem> items) {
        return TestRecords.of(
                Publication.class,
                "id",
                "CA-1",
                "unit",
                "办公室",
                "category",
                Category.主动公开目录,
                "title",
                "目录",
                "publishedOn",
                LocalDate.of(2020, 6, 10),
                "elements",
                elements,
                "proactiveItems",
                items,
                "platformType",
                Publication.Platform.区政府信息公开平台);
    }

    @Test
    void lackingNamesTheMissingElementsInTheRequiredOrder() {
        List<Element> required = List.of(Element.索引, Element.名称, Element.内容概述, Element.生成日期);
        Publication partial = catalogue(List.of(Element.名称, Element.索引), List.of());

        assertThat(partial.lacking(required)).containsExactly(Element.内容概述, Element.生成日期);
        assertThat(partial.hasAll(required)).isFalse();
        assertThat(catalogue(required, List.of()).hasAll(required)).isTrue();
        assertThat(catalogue(null, null).lacking(required)).isEqualTo(required);
    }

    @Test
    void itemsNotMarkedAsApplyingAreNotAsked() {
        List<ProactiveItem> applying = List.of(ProactiveItem.统计信息, ProactiveItem.监督检查情况);
        Publication covering =
                catalogue(List.of(), List.of(ProactiveItem.统计信息, ProactiveItem.重大建设项目));

        assertThat(covering.uncoveredItems(applying)).containsExactly(ProactiveItem.监督检查情况);
        assertThat(covering.coversItems(List.of(ProactiveItem.统计信息))).isTrue();
    }

    @Test
    void everyElementBelongsToOneCategoryAndOnlyThereIsItAccepted() {
        assertThat(catalogue(List.of(Element.索引), List.of()).selfCheck()).isEmpty();
        assertThat(catalogue(List.of(Element.索引, Element.办公地址), List.of()).selfCheck())
                .extracting(Evidence.FieldProblem::field)
                .containsExactly("elements");
    }
}
