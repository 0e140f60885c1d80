package cn.zwgk.audit.cli;

import static cn.zwgk.audit.cli.Run.zwgk;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check, test and explain: the loop of an auditor editing rules. */
class AuditorLoopCommandsTest {
    @TempDir Path rules;

    private void rulesFolderWith(String drlName, String drl) throws IOException {
        Files.copy(Path.of("rules/catalog.json"), rules.resolve("catalog.json"));
        Files.writeString(rules.resolve(drlName), drl);
    }

    @Test
    void checkReportsASyntaxErrorAtFileLineColumnAndFails() throws IOException {
        rulesFolderWith(
                "t20.drl", "package t\nrule \"t20 r\"\n  @task(20)\nwhen\n  String(\nthen\nend\n");
        Run run = zwgk("check", "--rules", rules.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.BAD_RULES.code);
        assertThat(run.out()).contains(rules.resolve("t20.drl") + ":7:1: ").contains("1 个错误");
    }

    @Test
    void checkNamesEveryCatalogTaskWithoutARuleAsAnError() throws IOException {
        rulesFolderWith("t20.drl", "package t\nrule \"t20 r\"\n  @task(20)\nwhen\nthen\nend\n");
        Run run = zwgk("check", "--rules", rules.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.BAD_RULES.code);
        assertThat(run.out())
                .contains("任务 1 没有任何规则判定", "任务 34 没有任何规则判定")
                .doesNotContain("任务 20 没有任何规则判定")
                .contains("33 个错误");
    }

    @Test
    void checkWarnsAboutARuleFileOutOfShapeAtItsLineAndColumnButPasses() throws IOException {
        TestFiles.copyTree(Path.of("rules"), rules);
        Path t20 = rules.resolve("t20-open-days.drl");
        Files.writeString(
                t20,
                Files.readString(t20)
                        + """

                        rule "t20 加一条用 for 的规则"
                          @task(20)
                        when
                          $events : java.util.List() from collect(OpenEvent())
                        then
                          for (Object e : $events) { }
                        end
                        """);
        int forLine = (int) Files.readString(t20).lines().count() - 1;
        Run run = zwgk("check", "--rules", rules.toString());
        assertThat(run.exit()).as(run.out()).isEqualTo(ExitCode.OK.code);
        assertThat(run.out()).contains(t20 + ":" + forLine + ":3: 警告：then 中有 for 循环");
        assertThat(run.out().lines().reduce((first, last) -> last).orElseThrow())
                .as("the last line counts both")
                .matches("0 个错误，[1-9]\\d* 个警告；\\d+ 条规则覆盖 34/34 项任务");
    }

    @Test
    void paramsListsEachParameterWithItsValueAndSource() {
        Run run = zwgk("params");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "t14-diversified-interpretation.drl:26  任务 14  minSharePercent = 50 "
                                + " 法规或任务表：任务表原文")
                .containsPattern("(?m)^共 \\d+ 个参数，法规或任务表 \\d+，默认值 \\d+，缺出处 \\d+$");
        assertThat(zwgk("params", "--markdown").out()).startsWith("| 任务 | 文件:行 | 参数 |");
    }

    @Test
    void testRunsTheShippedCasesOfOneTaskAndCountsThem() {
        Run run = zwgk("test", "16");
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out())
                .contains("通过  t16-emergency-response.json › 标明为重大突发事件的较大事件：5小时整发布权威信息为按时")
                .containsPattern("(?m)^\\d+ passed, 0 failed$")
                .doesNotContain("t06-");
    }

    @Test
    void aFailingCaseShowsExpectedActualAndTheExplanation() throws IOException {
        rulesFolderWith("t20.drl", Files.readString(Path.of("rules/t20-open-days.drl")));
        Files.createDirectories(rules.resolve("tests"));
        Files.copy(Path.of("rules/tests/profile.json"), rules.resolve("tests/profile.json"));
        Files.writeString(
                rules.resolve("tests/t20.json"),
                """
                {"schema": "zwgk-rule-cases/1", "task": 20, "cases": [
                  {"name": "两次开放日被误期望为通过",
                   "evidence": {"open-event": [
                     {"id": "OE-1", "unit": "办公室", "title": "开放日", "type": "政府开放日", "startDate": "2020-05-01", "endDate": "2020-05-01"},
                     {"id": "OE-2", "unit": "办公室", "title": "开放日", "type": "政府开放日", "startDate": "2020-06-01", "endDate": "2020-06-01"}]},
                   "expect": {"state": "PASS"}}]}
                """);
        Run run = zwgk("test", "--rules", rules.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.CASES_FAILED.code);
        assertThat(run.out())
                .contains(
                        "失败  t20.json › 两次开放日被误期望为通过",
                        "任务状态：期望 PASS，实为 FAIL",
                        "说明：截至 2020年9月30日 开展政府开放日 2 次")
                .containsPattern("(?m)^0 passed, 1 failed$");
    }

    @Test
    void explainShowsWhichRulesFiredOnWhichRecordsAndWhichDidNot() {
        Run run = zwgk("explain", "6");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "任务 6：规范依申请公开办理工作全过程记录。",
                        "结论：未完成",
                        "t06 拒绝公开的答复未说明理由或依据（t06-application-records.drl）：触发 1 次",
                        "$a = APP-059",
                        "t06 逾期未答复（t06-application-records.drl）：未匹配任何证据，未触发",
                        "→ 整体：未完成。");
    }

    @Test
    void explainForOneUnitShowsOnlyThatUnit() {
        Run run = zwgk("explain", "1", "--unit", "人才开发科");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("$unit = 人才开发科", "人才开发科  未完成").doesNotContain("$unit = 办公室");
        assertThat(zwgk("explain", "1", "--unit", "不存在科").exit())
                .isEqualTo(ExitCode.BAD_OPTIONS.code);
        assertThat(zwgk("explain", "99").exit()).isEqualTo(ExitCode.BAD_OPTIONS.code);
    }
}
