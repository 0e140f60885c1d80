package cn.zwgk.audit.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.facts.Application;
import cn.zwgk.audit.facts.Interpretation;
import cn.zwgk.audit.facts.Interpretation.Form;
import cn.zwgk.audit.facts.MajorDecision.Consultation;
import cn.zwgk.audit.facts.MajorDecision.Method;
import cn.zwgk.audit.facts.Policy;
import cn.zwgk.audit.facts.Publication;
import cn.zwgk.audit.facts.ReportLayout;
import cn.zwgk.audit.facts.StandardImprovement;
import cn.zwgk.audit.facts.StatisticsTable.Difference;
import cn.zwgk.audit.facts.TestRecords;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wording helpers rule files use for the parts of a 说明 that vary with the evidence. */
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
    void documentsAreListedByIdWithWhereTheyWerePublished() {
        Publication b = publication("PR-2", List.of("申请登记", "审核", "办理", "答复"), null);
        Publication a = publication("PR-1", List.of("登记", "答复"), "局门户网站");

        assertThat(Text.published(List.of(b, a)))
                .isEqualTo("《制度PR-1》（2020年5月10日，局门户网站）；《制度PR-2》（2020年5月10日，未注明发布平台）");
    }

    @Test
    void stagesOutOfOrderNameBothDates() {
        Application.Stage registered = new Application.Stage("登记", LocalDate.of(2020, 3, 11));
        Application.Stage reviewed = new Application.Stage("审核", LocalDate.of(2020, 3, 10));
        assertThat(Text.outOfOrder(List.of(new Application.Inversion(reviewed, registered))))
                .isEqualTo("审核（2020年3月10日）早于登记（2020年3月11日）");
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
        return TestRecords.of(
                Publication.class,
                "id",
                id,
                "unit",
                "办公室",
                "category",
                Publication.Category.依申请公开工作制度,
                "title",
                "制度" + id,
                "publishedOn",
                LocalDate.of(2020, 5, 10),
                "covers",
                covers,
                "platform",
                platform);
    }

    private static final LocalDate POLICY_DAY = LocalDate.of(2020, 5, 10);

    @Test
    void offsetsSayHowManyDaysEachRecordIsLaterOrEarlierOrThatItsDateIsMissing() {
        Interpretation late =
                interpretation("IN-10", LocalDate.of(2020, 5, 7), POLICY_DAY.plusDays(1));
        Interpretation early = interpretation("IN-2", null, POLICY_DAY.minusDays(2));

        assertThat(Text.offsets(List.of(late, early), POLICY_DAY, "发布"))
                .as("ordered by id, as every list of records in a 说明")
                .isEqualTo("《解读IN-10》 2020年5月11日 发布，晚 1 天；《解读IN-2》 2020年5月8日 发布，早 2 天");
        assertThat(
                        Text.offsets(
                                List.of(late.approval(), early.approval()),
                                LocalDate.of(2020, 5, 6),
                                "审签"))
                .isEqualTo("《解读IN-10》 2020年5月7日 审签，晚 1 天；《解读IN-2》 缺少审签日期");
    }

    @Test
    void ifAnyLeavesThePhraseOutWhenThereIsNothingToName() {
        assertThat(Text.ifAny(List.of(), "（M-1 不计）")).isEmpty();
        assertThat(Text.ifAny(List.of("M-1"), "（M-1 不计）")).isEqualTo("（M-1 不计）");
    }

    @Test
    void partsOfOneRecordAreJoinedInTheirOrderWhateverOrderTheyWereFoundIn() {
        Policy policy = new Policy("P-1", "办公室", "政策", null, null, POLICY_DAY, true, null);
        List<IssuePart> found =
                List.of(
                        new IssuePart(11, policy, 2, "无任何解读"),
                        new IssuePart(11, policy, 1, "政策缺少审签日期，无法核对同步审签"));

        assertThat(Text.parts(found, "，")).isEqualTo("政策缺少审签日期，无法核对同步审签，无任何解读");
    }

    @Test
    void consultationsAreNamedByMethodAndDateInTheOrderRecorded() {
        List<Consultation> held =
                List.of(
                        new Consultation(Method.网上征求意见, LocalDate.of(2020, 5, 10)),
                        new Consultation(Method.座谈, LocalDate.of(2020, 5, 6)));

        assertThat(Text.consultedOn(held)).isEqualTo("网上征求意见 2020年5月10日、座谈 2020年5月6日");
    }

    @Test
    void improvementsAreNamedWithTheirDateAndTheirEffectOrThatNoneWasRecorded() {
        List<StandardImprovement> found =
                List.of(
                        new StandardImprovement(
                                "SI-2", "法制科", LocalDate.of(2020, 5, 12), "办事指南增加二维码", null),
                        new StandardImprovement(
                                "SI-1",
                                "办公室",
                                LocalDate.of(2020, 3, 16),
                                "政策文件同步推送至政务微信",
                                "订阅用户由1.2万增至3.5万"));

        assertThat(Text.measured(found))
                .isEqualTo(
                        "“政策文件同步推送至政务微信”（2020年3月16日，成效：订阅用户由1.2万增至3.5万）、"
                                + "“办事指南增加二维码”（2020年5月12日，未记录成效）");
    }

    private static Interpretation interpretation(
            String id, LocalDate approvedOn, LocalDate publishedOn) {
        return new Interpretation(
                id,
                "办公室",
                "P-1",
                "解读" + id,
                Form.文字,
                approvedOn,
                publishedOn,
                null,
                null,
                null,
                null);
    }
}
