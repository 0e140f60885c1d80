package cn.zwgk.audit.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.facts.Publication;
import cn.zwgk.audit.facts.Publication.Category;
import cn.zwgk.audit.facts.ServicePush;
import cn.zwgk.audit.facts.TestRecords;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wording helpers rule files use to list items checked one by one, optional clauses, counts and
 * months: what an auditor reads in a 说明 must not depend on the order the engine happened to find
 * things in.
 */
class TextItemsTest {

    private static Publication plan(String id, String day) {
        return TestRecords.of(
                Publication.class,
                "id",
                id,
                "unit",
                "办公室",
                "category",
                Category.年度政务公开工作计划,
                "title",
                "计划" + id,
                "publishedOn",
                LocalDate.parse(day));
    }

    @Test
    void datedNamesWhatHappenedOnEachDateInIdOrder() {
        assertThat(
                        Text.dated(
                                List.of(plan("WP-2", "2020-04-02"), plan("WP-1", "2020-03-20")),
                                " 印发"))
                .isEqualTo("《计划WP-1》（2020年3月20日 印发）、《计划WP-2》（2020年4月2日 印发）");
        assertThat(Text.dated(List.of(plan("WP-1", "2020-03-20"))))
                .isEqualTo("《计划WP-1》（2020年3月20日）");
    }

    @Test
    void itemsFollowTheDeclaredOrderOfTheirCategoriesNotTheOrderFound() {
        List<ItemCheck> found =
                List.of(
                        new ItemCheck(27, ServicePush.Category.办件进度提醒, false, "办件进度提醒 0 次"),
                        new ItemCheck(27, ServicePush.Category.惠企利民政策, true, "惠企利民政策 2 次（9 人）"),
                        new ItemCheck(27, ServicePush.Category.证照到期提醒, false, "证照到期提醒 0 次"));
        assertThat(Text.items(found, "、")).isEqualTo("惠企利民政策 2 次（9 人）、证照到期提醒 0 次、办件进度提醒 0 次");
        // Sorted as text, 办件进度提醒 would come before 证照到期提醒; the enum declares it after.
        assertThat(Text.itemNames(found.stream().filter(p -> !p.met()).toList()))
                .isEqualTo("证照到期提醒、办件进度提醒");
    }

    @Test
    void itemsCanFollowAGivenOrderSuchAsTheProfilesPilotFields() {
        List<ItemCheck> found =
                List.of(
                        new ItemCheck(22, "就业", true, "就业（PFW-1）"),
                        new ItemCheck(22, "社会保险", true, "社会保险（PFW-2）"));
        assertThat(Text.items(found, List.of("社会保险", "就业"), "、"))
                .isEqualTo("社会保险（PFW-2）、就业（PFW-1）");
        assertThat(Text.items(found, "；")).isEqualTo("就业（PFW-1）；社会保险（PFW-2）");
    }

    @Test
    void itemsThatAreRecordsAreOrderedById() {
        List<ItemCheck> found =
                List.of(
                        new ItemCheck(23, plan("PFW-3", "2020-07-15"), true, "PFW-3，2020-07-15"),
                        new ItemCheck(23, plan("PFW-1", "2020-09-28"), true, "PFW-1，2020-09-28"));
        assertThat(Text.items(found, "；")).isEqualTo("PFW-1，2020-09-28；PFW-3，2020-07-15");
    }

    @Test
    void byRecordListsEveryRecordOnceWithAllItsIssues() {
        List<Issue> issues =
                List.of(
                        new Issue(22, "社管科", "PFW-2", "PFW-2", "标准指引尚未落地实施"),
                        new Issue(22, "社管科", "PFW-1", "PFW-1", "尚未对接市政府部门"),
                        new Issue(
                                22,
                                "社管科",
                                "PFW-2",
                                "PFW-2",
                                "对接市政府部门于 2020-07-06，晚于期限 2020-06-30"));
        assertThat(Text.byRecord(issues))
                .isEqualTo("PFW-1 尚未对接市政府部门；PFW-2 对接市政府部门于 2020-07-06，晚于期限 2020-06-30、标准指引尚未落地实施");
        assertThat(Text.byRecord(List.of())).isEmpty();
    }

    @Test
    void byRecordDoesNotStopAtTheListingLimitOfIssues() {
        List<Issue> many =
                java.util.stream.IntStream.rangeClosed(1, Text.LISTED + 1)
                        .mapToObj(
                                i ->
                                        new Issue(
                                                23,
                                                "法制科",
                                                "PFW-%02d".formatted(i),
                                                "PFW-%02d".formatted(i),
                                                "尚未链接到专栏"))
                        .toList();
        assertThat(Text.byRecord(many)).contains("PFW-11 尚未链接到专栏").doesNotContain("等共");
        assertThat(Text.issues(many)).contains("等共 11 项");
    }

    @Test
    void countedNamesTheRecordsOnlyWhenThereAreAny() {
        assertThat(
                        Text.counted(
                                List.of(plan("PB-2", "2020-03-01"), plan("PB-1", "2020-03-02")),
                                "项"))
                .isEqualTo("2 项（《计划PB-1》、《计划PB-2》）");
        assertThat(Text.counted(List.of(), "项")).isEqualTo("0 项");
    }

    @Test
    void countsNameEveryKindIncludingThoseThatDoNotOccur() {
        assertThat(
                        Text.counts(
                                List.of("政府采购", "国有产权交易", "工程建设项目招投标"),
                                List.of("政府采购", "国有产权交易", "政府采购"),
                                "项"))
                .isEqualTo("政府采购 2 项、国有产权交易 1 项、工程建设项目招投标 0 项");
    }

    @Test
    void ifAnyLeavesTheClauseOutWhenThereIsNothingToMention() {
        assertThat(Text.ifAny(List.of(), "（期限后 0 项）")).isEmpty();
        assertThat(Text.ifAny(List.of("X"), "（期限后 1 项）")).isEqualTo("（期限后 1 项）");
    }

    @Test
    void monthsAreWrittenInCalendarOrder() {
        List<YearMonth> months =
                List.of(YearMonth.of(2020, 12), YearMonth.of(2020, 3), YearMonth.of(2020, 1));
        assertThat(Text.months(months)).isEqualTo("2020年1月、2020年3月、2020年12月");
        assertThat(Text.monthSpan(months)).isEqualTo("2020年1月至2020年12月的 3 个月");
        assertThat(Text.monthSpan(List.of(YearMonth.of(2020, 1))))
                .isEqualTo("2020年1月至2020年1月的 1 个月");
    }
}
