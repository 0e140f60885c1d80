package cn.zwgk.audit.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.facts.Application;
import cn.zwgk.audit.facts.Publication;
import cn.zwgk.audit.facts.ReportLayout;
import cn.zwgk.audit.facts.StatisticsTable.Difference;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How rule files word the optional parts and per-record lists of a 说明. */
class TextTest {

    @Test
    void optionalPartsAreSaidOnlyWhenThereIsSomethingToSay() {
        assertThat(Text.ifAny(List.of(), "（期限后的记录不计：X）")).isEmpty();
        assertThat(Text.ifAny(List.of("X"), "（期限后的记录不计：X）")).isEqualTo("（期限后的记录不计：X）");
        assertThat(Text.clauses("", "缺少归档记录", "", "环节顺序倒置：…")).isEqualTo("缺少归档记录；环节顺序倒置：…");
        assertThat(Text.clauses("", "")).isEmpty();
    }

    @Test
    void aWorkingDayCountOfZeroIsTheDayItself() {
        assertThat("施行" + Text.workingDayAfter(0)).isEqualTo("施行当日");
        assertThat("施行" + Text.workingDayAfter(3)).isEqualTo("施行后第 3 个工作日");
    }

    @Test
    void documentsAreListedByIdWithWhatTheyLackOrWhereTheyWerePublished() {
        Publication b = publication("PR-2", List.of("申请登记", "审核", "办理", "答复"), null);
        Publication a = publication("PR-1", List.of("登记", "答复"), "局门户网站");
        List<String> stages = List.of("登记", "审核", "办理", "答复", "归档");

        assertThat(Text.uncovered(List.of(b, a), stages))
                .isEqualTo("PR-1（2020-05-10）缺审核、办理、归档环节；PR-2（2020-05-10）缺归档环节");
        assertThat(Text.published(List.of(b, a)))
                .isEqualTo("PR-1（2020-05-10，局门户网站）；PR-2（2020-05-10，未注明发布平台）");
    }

    @Test
    void stagesOutOfOrderNameBothDates() {
        Application.Stage registered = new Application.Stage("登记", LocalDate.of(2020, 3, 11));
        Application.Stage reviewed = new Application.Stage("审核", LocalDate.of(2020, 3, 10));
        assertThat(Text.outOfOrder(List.of(new Application.Inversion(reviewed, registered))))
                .isEqualTo("审核（2020-03-10）早于登记（2020-03-11）");
    }

    /** The cells come from the rule engine in no guaranteed order; the 说明 follows the table. */
    @Test
    void differingCellsFollowTheLayoutsRowAndColumnOrderWhateverOrderTheyCameIn() {
        Difference total = new Difference(ReportLayout.NEW, ReportLayout.TOTAL, 3, 1);
        Difference natural = new Difference(ReportLayout.NEW, "自然人", 2, 1);
        Difference carriedOut = new Difference(ReportLayout.CARRIED_OUT, "自然人", 1, 0);

        assertThat(Text.differences(ReportLayout.GB_2019, List.of(carriedOut, total, natural)))
                .isEqualTo(
                        "“一、本年新收政府信息公开申请数量”行“自然人”列 年报 2、办理记录 1；"
                                + "“一、本年新收政府信息公开申请数量”行“总计”列 年报 3、办理记录 1；"
                                + "“四、结转下年度继续办理”行“自然人”列 年报 1、办理记录 0");
    }

    private static Publication publication(String id, List<String> covers, String platform) {
        return new Publication(
                id,
                "办公室",
                Publication.Category.依申请公开工作制度,
                "制度",
                LocalDate.of(2020, 5, 10),
                null,
                covers,
                platform);
    }
}
