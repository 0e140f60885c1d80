package cn.zwgk.audit.cli;

import static cn.zwgk.audit.cli.Run.zwgk;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CLI end to end on the bundled sample data, as a user runs it. */
class AuditCommandTest {
    static final Path SAMPLE = Path.of("sample-data/2020");

    @TempDir Path temp;

    @Test
    void auditsTheSampleDataAndPrintsAOneScreenSummary() throws IOException {
        Path out = temp.resolve("report");
        Run run = zwgk("audit", SAMPLE.toString(), "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "申江区人力资源和社会保障局 2020 年",
                        "任务 34 项：",
                        "已完成 17",
                        "未完成 14",
                        "未到期 0",
                        "未提供佐证材料 1",
                        "不适用 1",
                        "经批准调整 1",
                        "未完成的任务：");
        assertThat(
                        run.out()
                                .lines()
                                .filter(l -> l.startsWith("  "))
                                .map(l -> l.trim().split("\\.")[0]))
                .containsExactly(
                        "1", "2", "3", "6", "8", "10", "11", "12", "17", "23", "25", "26", "29",
                        "32");
        assertThat(run.out().lines().count()).as("fits on one screen").isLessThan(25);
        assertThat(out.resolve("report.json")).exists();
        assertThat(Files.readString(out.resolve("report.md")))
                .contains(
                        "| 6 | 规范依申请公开办理工作全过程记录。 |",
                        "APP-059",
                        "未参与本次自查的 0 条",
                        "未被任何结论引用的记录：publicity-activity 2，");
    }

    @Test
    void withNoArgumentsItAuditsTheBundledSample() {
        Run run = zwgk("audit", "--out", temp.resolve("default").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("申江区人力资源和社会保障局 2020 年", "截至 2020-12-31");
    }

    @Test
    void sameInputsGiveByteIdenticalReports() throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        assertThat(zwgk("audit", SAMPLE.toString(), "--out", first.toString()).exit()).isZero();
        assertThat(zwgk("audit", SAMPLE.toString(), "--out", second.toString()).exit()).isZero();
        for (String file : new String[] {"report.json", "report.md"}) {
            assertThat(Files.readAllBytes(second.resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void anAuditDateBeforeTheDeadlinesShowsPendingTasks() throws IOException {
        Path out = temp.resolve("june");
        Run run =
                zwgk(
                        "audit",
                        SAMPLE.toString(),
                        "--as-of",
                        "2020-06-30",
                        "--out",
                        out.toString(),
                        "--format",
                        "json");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("截至 2020-06-30", "已完成 6", "未完成 5", "未到期 23");
        assertThat(out.resolve("report.md")).doesNotExist();
        assertThat(Files.readString(out.resolve("report.json")))
                .contains("\"asOf\" : \"2020-06-30\"");
    }

    @Test
    void aWaiverShowsWhoApprovedItAndItsScopeAndKeepsExcusingFebruaryAtYearEnd()
            throws IOException {
        Path out = temp.resolve("waived");
        assertThat(
                        zwgk("audit", SAMPLE.toString(), "--out", out.toString(), "--format", "md")
                                .exit())
                .isZero();
        String md = Files.readString(out.resolve("report.md"));
        assertThat(md)
                .contains(
                        "| 24 | 持续优化标准应用",
                        "| 经批准调整 | 经批准调整：区政务公开标准应用优化工作由区政府办公室统一部署",
                        "（局党组会议（会议纪要〔2020〕18号） 局长 张某 2020年9月15日批准）",
                        "| WV-002 | 32 | 劳动关系科 | 2020年2月1日至2020年2月29日 |",
                        "| 主任 王某 | 办公室 | 2020年3月2日 |",
                        // February is excused; August, outside the waiver, still fails.
                        "劳动关系科：12 个月中缺 1 个月：2020年8月；经批准调整、不计入：2020年2月（办公室 主任 王某" + " 2020年3月2日批准）");
        assertThat(md).containsPattern("\\| 32 \\| 强化[^\\n]*\\| 未完成 \\|");
    }

    /**
     * Waivers, rectifications and declarations name a task: each must name one, and a unit of it.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "waivers.json | waiver | 豁免 | \"reason\": \"r\", \"approver\": \"a\","
                        + " \"approvingBody\": \"局党组会议\", \"approvedOn\": \"2020-01-01\"",
                "rectifications.json | rectification | 整改措施 | \"problem\": \"p\", \"measure\":"
                        + " \"m\", \"responsibleUnit\": \"办公室\", \"targetDate\": \"2021-03-31\"",
                "declarations.json | declaration | 情况声明 | \"from\": \"2020-01-01\", \"to\":"
                        + " \"2020-12-31\", \"statement\": \"s\", \"signedBy\": \"a\","
                        + " \"signedOn\": \"2021-01-05\""
            })
    void aRecordAboutATaskNamingAnUnknownTaskOrAUnitNotResponsibleIsBadEvidence(
            String file, String kind, String label, String fields) throws IOException {
        Path evidence = temp.resolve("evidence");
        Files.createDirectories(evidence);
        Files.copy(SAMPLE.resolve("profile.json"), evidence.resolve("profile.json"));
        Files.writeString(
                evidence.resolve(file),
                """
                {"schema": "zwgk-evidence/1", "kind": "%s", "records": [
                  {"id": "X-1", "task": 99, %s},
                  {"id": "X-2", "task": 6, "unit": "法制科", %s}
                ]}
                """
                        .formatted(kind, fields, fields));
        Run run = zwgk("audit", evidence.toString(), "--out", temp.resolve("out").toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.BAD_EVIDENCE.code);
        assertThat(run.err())
                .contains(
                        file + ":2:",
                        "/records/0/task: " + label + "的任务 99 不在任务目录中",
                        file + ":3:",
                        "/records/1/unit: 单位 法制科 不是任务 6 的责任单位");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void badEvidenceExitsWithItsCodeNamesTheProblemAndWritesNoReport() throws IOException {
        Path evidence = temp.resolve("evidence");
        Files.createDirectories(evidence);
        Files.copy(SAMPLE.resolve("profile.json"), evidence.resolve("profile.json"));
        Files.writeString(
                evidence.resolve("open-events.json"),
                """
                {"schema": "zwgk-evidence/1", "kind": "open-event", "records": [
                  {"id": "OE-1", "unit": "办公室", "title": "开放日", "type": "政府开放日",
                   "startDate": "2020-02-30", "endDate": "2020-03-01"}
                ]}
                """);
        Path out = temp.resolve("out");
        Run run = zwgk("audit", evidence.toString(), "--out", out.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.BAD_EVIDENCE.code);
        assertThat(run.err())
                .contains("open-events.json:3:", "/records/0/startDate", "2020-02-30", "不是有效日期");
        assertThat(out).doesNotExist();
    }

    @Test
    void badRulesExitWithTheirCodeAndFileLineColumn() throws IOException {
        Path rules = temp.resolve("rules");
        Files.createDirectories(rules);
        Files.copy(Path.of("rules/catalog.json"), rules.resolve("catalog.json"));
        Files.writeString(
                rules.resolve("broken.drl"),
                """
                package zwgk.rules.broken
                rule "unfinished"
                  @task(20)
                when
                  String(
                then
                end
                """);
        Path out = temp.resolve("out");
        Run run =
                zwgk(
                        "audit",
                        SAMPLE.toString(),
                        "--rules",
                        rules.toString(),
                        "--out",
                        out.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.BAD_RULES.code);
        assertThat(run.err()).containsPattern("broken\\.drl:7:1: .*mismatched input 'end'");
        assertThat(out).doesNotExist();
    }

    @Test
    void withBadRulesAndBadEvidenceTheRulesAreReported() throws IOException {
        // Rules load while the evidence is read; their problems still come first, as they always
        // have.
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Files.copy(Path.of("rules/catalog.json"), rules.resolve("catalog.json"));
        Files.writeString(
                rules.resolve("broken.drl"),
                "package zwgk.rules.broken\nrule \"x\" @task(20) when String( then end\n");
        Path evidence = Files.createDirectories(temp.resolve("no-profile"));

        Run run =
                zwgk(
                        "audit",
                        evidence.toString(),
                        "--rules",
                        rules.toString(),
                        "--out",
                        temp.resolve("out").toString());

        assertThat(run.exit()).isEqualTo(ExitCode.BAD_RULES.code);
        assertThat(run.err()).contains("broken.drl").doesNotContain("profile.json");
    }

    @Test
    void badOptionsExitWithTheirCode() {
        assertThat(zwgk("audit", "--as-of", "2020-13-01").exit())
                .isEqualTo(ExitCode.BAD_OPTIONS.code);
        assertThat(zwgk("audit", "--format", "pdf", "--out", temp.toString()).exit())
                .isEqualTo(ExitCode.BAD_OPTIONS.code);
        assertThat(zwgk("audit", "--no-such-option").exit()).isEqualTo(ExitCode.BAD_OPTIONS.code);
    }

    @Test
    void badOptionsAreToldInChinese() {
        assertThat(zwgk("audit", "--no-such-option").err()).startsWith("错误：未知选项：--no-such-option");
        assertThat(zwgk("audit", "--as-of", "2020-13-01").err())
                .startsWith("错误：--as-of 的值“2020-13-01”无效：应为存在的日期，写作 YYYY-MM-DD");
        assertThat(zwgk("explain", "abc").err()).startsWith("错误：TASK 的值“abc”无效：应为整数");
        assertThat(zwgk("convert").err()).startsWith("错误：缺少必需的参数：IN、OUT");
        assertThat(zwgk("audit", "a", "b").err()).startsWith("错误：多余的参数：b");
        assertThat(zwgk("audit", "--format", "pdf").err()).startsWith("错误：未知的报告格式 pdf");
    }

    @Test
    void helpDocumentsEveryExitCodeAndVersionPrintsTheVersion() {
        Run help = zwgk("audit", "--help");
        assertThat(help.exit()).isZero();
        for (ExitCode code : ExitCode.values()) {
            assertThat(help.out()).contains(code.code + " ", code.meaning);
        }
        assertThat(zwgk("--version").out()).startsWith("zwgk-audit ");
    }

    @Test
    void helpReadsInChineseForEveryCommandIncludingPicocliOwnOptionsAndHelpCommand() {
        for (String[] args :
                List.of(
                        new String[] {"--help"},
                        new String[] {"audit", "--help"},
                        new String[] {"template", "--help"},
                        new String[] {"help", "help"})) {
            Run help = zwgk(args);
            assertThat(help.exit()).isZero();
            assertThat(help.out())
                    .as(String.join(" ", args))
                    .startsWith(args[0].equals("help") ? "显示指定命令的帮助" : "用法：")
                    .contains("显示")
                    .doesNotContain("Usage", "Show ", "Display", "Commands:", "The COMMAND");
        }
    }
}
