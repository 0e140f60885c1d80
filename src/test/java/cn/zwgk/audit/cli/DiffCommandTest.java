package cn.zwgk.audit.cli;

import static cn.zwgk.audit.cli.Run.zwgk;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zwgk diff}: what changed between two report.json files, and whether rules or evidence did.
 */
class DiffCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path temp;

    private ObjectNode report;

    @BeforeEach
    void readFixture() throws IOException {
        try (InputStream in =
                getClass().getResourceAsStream("/cn/zwgk/audit/report/fixtures/sample-2020.json")) {
            report = (ObjectNode) JSON.readTree(in);
        }
    }

    @Test
    void identicalReportsChangeNothing() throws IOException {
        Run run =
                zwgk(
                        "diff",
                        write("old.json", report).toString(),
                        write("new.json", report).toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("输入：规则与证据都相同。", "各任务、各单位的完成情况均未变化。").doesNotContain("→");
    }

    @Test
    void aRuleEditThatChangesAStateIsReportedWithTheRuleFile() throws IOException {
        ObjectNode edited = report.deepCopy();
        ObjectNode task6 = (ObjectNode) edited.get("tasks").get(5);
        task6.put("state", "PASS");
        ((ObjectNode) task6.get("units").get(0)).put("state", "PASS");
        ((ObjectNode) edited.at("/manifest/rules/3")).put("sha256", "0".repeat(64));
        String file = edited.at("/manifest/rules/3/path").asText();

        Run run =
                zwgk(
                        "diff",
                        write("old.json", report).toString(),
                        write("new.json", edited).toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "输入：规则有变化，证据相同。",
                        "规则与任务目录：修改 " + file,
                        "完成情况有变化：任务 1 项",
                        "  任务 6：未完成 → 已完成",
                        "      办公室：未完成 → 已完成");
    }

    @Test
    void evidenceAndRulesBothChangedAndAUnitAlone() throws IOException {
        ObjectNode edited = report.deepCopy();
        ((ObjectNode) edited.at("/tasks/0/units/0")).put("state", "FAIL");
        ((ObjectNode) edited.at("/manifest/evidence/1")).put("sha256", "1".repeat(64));
        ((com.fasterxml.jackson.databind.node.ArrayNode) edited.at("/manifest/rules")).remove(0);

        Run run =
                zwgk(
                        "diff",
                        write("old.json", report).toString(),
                        write("new.json", edited).toString());

        assertThat(run.out())
                .contains(
                        "输入：规则与证据都有变化。",
                        "规则与任务目录：删除 catalog.json",
                        "证据：修改 " + edited.at("/manifest/evidence/1/path").asText(),
                        "另有 1 项任务仅单位有变化",
                        "  任务 1：未完成（未变）",
                        "      办公室：已完成 → 未完成");
    }

    @Test
    void twoRealRunsAtDifferentDatesDifferInStatesButNotInputs() {
        Path june = temp.resolve("june");
        Path december = temp.resolve("december");
        assertThat(
                        zwgk(
                                        "audit",
                                        "--as-of",
                                        "2020-06-30",
                                        "--format",
                                        "json",
                                        "--out",
                                        june.toString())
                                .exit())
                .isZero();
        assertThat(zwgk("audit", "--format", "json", "--out", december.toString()).exit()).isZero();

        Run run =
                zwgk(
                        "diff",
                        june.resolve("report.json").toString(),
                        december.resolve("report.json").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("输入：规则与证据都相同。", "审计日期不同：2020-06-30 → 2020-12-31", "未到期 → ");
    }

    @Test
    void aFileThatIsNotAReportIsAnOptionError() throws IOException {
        Path notAReport =
                Files.writeString(temp.resolve("x.json"), "{\"schema\": \"zwgk-evidence/1\"}");
        Run run = zwgk("diff", notAReport.toString(), write("new.json", report).toString());
        assertThat(run.exit()).isEqualTo(ExitCode.BAD_OPTIONS.code);
        assertThat(run.err()).contains(notAReport.toString(), "不是 zwgk-report/2 格式的报告");

        Run missing =
                zwgk(
                        "diff",
                        temp.resolve("none.json").toString(),
                        write("new.json", report).toString());
        assertThat(missing.exit()).isEqualTo(ExitCode.BAD_OPTIONS.code);
        assertThat(missing.err()).contains("none.json");
    }

    private Path write(String name, JsonNode json) throws IOException {
        return Files.writeString(temp.resolve(name), JSON.writeValueAsString(json));
    }
}
