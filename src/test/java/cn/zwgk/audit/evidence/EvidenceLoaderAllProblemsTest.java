package cn.zwgk.audit.evidence;

import static cn.zwgk.audit.evidence.EvidenceFolder.at;
import static cn.zwgk.audit.evidence.EvidenceFolder.problem;
import static cn.zwgk.audit.evidence.EvidenceFolder.valueAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.audit.problem.EvidenceException;
import cn.zwgk.audit.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder with many things wrong is refused once, with every problem, ordered as a reader walks
 * the files: by file, then by line and column.
 */
class EvidenceLoaderAllProblemsTest {

    @TempDir Path dir;

    static final String EVENTS =
            """
            {
              "schema": "zwgk-evidence/1",
              "kind": "open-event",
              "records": [
                { "id": "OE-1", "type": "开放月", "unit": "社管科", "title": "甲",
                  "startDate": "2020-06-19", "endDate": "2020-06-19" },
                { "id": "OE-2", "type": "政府开放日", "unit": "宣传科", "title": "乙",
                  "startDate": "2020-06-19", "endDate": "2020-06-18" },
                { "id": "OE-3", "type": "政府开放日",
                  "startDate": "2020-02-30", "endDate": "2020-06-18" }
              ]
            }
            """;

    static final String INTERPRETATIONS =
            """
            {
              "schema": "zwgk-evidence/1",
              "kind": "interpretation",
              "records": [
                { "id": "OE-2", "unit": "法制科", "policy": "POL-404", "title": "甲", "form": "文字",
                  "publishedOn": "2020-01-10" },
                { "id": "INT-2", "policy": "POL-405", "unit": "法制科", "title": "乙", "form": "文字",
                  "publishedOn": "2020-01-10" }
              ]
            }
            """;

    static final String TRUNCATED =
            """
            {
              "schema": "zwgk-evidence/1",
              "kind": "policy",
              "records": [
            """;

    static final String ENVELOPE =
            """
            {
              "kind": "policies",
              "records": []
            }
            """;

    private EvidenceFolder manyProblems() {
        EvidenceFolder folder = EvidenceFolder.withProfile(dir);
        folder.write("a-open-events.json", EVENTS);
        folder.write("b-interpretations.json", INTERPRETATIONS);
        folder.write("c-policies.json", TRUNCATED);
        folder.write("d-envelope.json", ENVELOPE);
        folder.write("e-notes.txt", "待补充");
        folder.write("README.md", "说明");
        return folder;
    }

    @Test
    void reportsEveryProblemOfEveryFileInOneRefusalInReadingOrder() {
        EvidenceFolder folder = manyProblems();
        String firstOe2 =
                dir.resolve("a-open-events.json") + ":" + at(EVENTS, "{ \"id\": \"OE-2\"");

        folder.assertRefusedWith(
                problem(
                        "a-open-events.json",
                        valueAt(EVENTS, "type", "\"开放月\""),
                        "/records/0/type",
                        "开放月"),
                problem(
                        "a-open-events.json",
                        at(EVENTS, "{ \"id\": \"OE-2\""),
                        "/records/1/endDate",
                        "早于开始日期"),
                problem(
                        "a-open-events.json",
                        at(EVENTS, "{ \"id\": \"OE-2\""),
                        "/records/1/unit",
                        "宣传科"),
                problem(
                        "a-open-events.json",
                        valueAt(EVENTS, "startDate", "\"2020-02-30\""),
                        "/records/2/startDate",
                        "不是有效日期"),
                problem(
                        "b-interpretations.json",
                        at(INTERPRETATIONS, "{ \"id\": \"OE-2\""),
                        "/records/0/id",
                        "编号 OE-2 重复",
                        firstOe2),
                problem(
                        "b-interpretations.json",
                        at(INTERPRETATIONS, "{ \"id\": \"INT-2\""),
                        "/records/1/policy",
                        "POL-405",
                        "不存在"),
                problem("c-policies.json", "5:1", "", "JSON 格式错误"),
                problem("d-envelope.json", "1:1", "/schema", "缺少 schema"),
                problem(
                        "d-envelope.json",
                        valueAt(ENVELOPE, "kind", "\"policies\""),
                        "/kind",
                        "未知的证据种类"),
                problem("e-notes.txt", "0:0", "", "不支持的文件类型"));
    }

    @Test
    void theMessageCountsAndListsTheProblemsInTheSameOrder() {
        EvidenceException e = manyProblems().refusal();

        assertThat(e.getMessage())
                .isEqualTo(
                        e.problems().size()
                                + " 处证据问题：\n"
                                + e.problems().stream()
                                        .map(Problem::toString)
                                        .collect(Collectors.joining("\n")));
    }

    @Test
    void returnsNothingWhenAnyProblemExists() {
        // One bad record among valid ones: load throws rather than returning the valid part.
        EvidenceFolder folder = EvidenceFolder.withProfile(dir);
        folder.write("a.json", RecordTemplates.valid("open-event"));
        folder.write("b.json", RecordTemplates.withField("policy", "title", "1"));

        assertThatThrownBy(folder::load).isInstanceOf(EvidenceException.class);
    }

    @Test
    void theProblemsCannotBeChanged() {
        EvidenceException e = manyProblems().refusal();

        assertThatThrownBy(() -> e.problems().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aProblemRendersAsFileLineColumnPointerReason() {
        Path file = Path.of("evidence", "policies.json");

        assertThat(new Problem(file, "/records/2/colour", 7, 13, "未知字段 colour"))
                .hasToString(file + ":7:13: /records/2/colour: 未知字段 colour");
        assertThat(new Problem(file, "", 3, 1, "JSON 格式错误")).hasToString(file + ":3:1: JSON 格式错误");
        assertThat(new Problem(file, "", 0, 0, "不支持的文件类型")).hasToString(file + ": 不支持的文件类型");
    }

    @Test
    void readingOrderIsFileThenLineThenColumn() {
        Path a = Path.of("a.json");
        Path b = Path.of("b.json");
        Problem b1 = new Problem(b, "", 1, 1, "x");
        Problem a10 = new Problem(a, "/records/1", 10, 5, "x");
        Problem a2c9 = new Problem(a, "/records/0/z", 2, 9, "x");
        Problem a2c3 = new Problem(a, "/records/0/y", 2, 3, "x");
        Problem aFile = new Problem(a, "", 0, 0, "x");

        EvidenceException e = new EvidenceException(List.of(b1, a10, a2c9, a2c3, aFile));

        assertThat(e.problems()).containsExactly(aFile, a2c3, a2c9, a10, b1);
    }
}
