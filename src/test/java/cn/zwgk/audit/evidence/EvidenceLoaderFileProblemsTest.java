package cn.zwgk.audit.evidence;

import static cn.zwgk.audit.evidence.EvidenceFolder.at;
import static cn.zwgk.audit.evidence.EvidenceFolder.problem;
import static cn.zwgk.audit.evidence.EvidenceFolder.valueAt;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.problem.EvidenceException;
import cn.zwgk.audit.problem.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems with a file as a whole: its envelope ({@code schema}, {@code kind}, {@code records}),
 * its JSON syntax, and files in the folder that are not evidence.
 */
class EvidenceLoaderFileProblemsTest {

    @TempDir Path dir;

    private EvidenceFolder folder;

    @BeforeEach
    void profile() {
        folder = EvidenceFolder.withProfile(dir);
    }

    // ---------------------------------------------------------------- envelope

    @Test
    void refusesAnUnknownKindAndListsTheKnownOnes() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "policies",
                  "records": [
                    { "id": "POL-1", "colour": "ignored, since the kind is unknown" }
                  ]
                }
                """;
        folder.write("policies.json", json);

        folder.assertRefusedWith(
                problem(
                        "policies.json",
                        valueAt(json, "kind", "\"policies\""),
                        "/kind",
                        "未知的证据种类 policies",
                        "publicity-activity",
                        "policy",
                        "credit-disclosure"));
    }

    @Test
    void refusesAWrongSchema() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/2",
                  "kind": "policy",
                  "records": []
                }
                """;
        folder.write("policies.json", json);

        folder.assertRefusedWith(
                problem(
                        "policies.json",
                        valueAt(json, "schema", "\"zwgk-evidence/2\""),
                        "/schema",
                        "zwgk-evidence/1"));
    }

    @Test
    void reportsEachMissingEnvelopeField() {
        folder.write(
                "a.json",
                """
                {"kind": "policy", "records": []}
                """);
        folder.write(
                "b.json",
                """
                {"schema": "zwgk-evidence/1", "records": []}
                """);
        folder.write(
                "c.json",
                """
                {"schema": "zwgk-evidence/1", "kind": "policy"}
                """);
        folder.write(
                "d.json",
                """
                {}
                """);

        folder.assertRefusedWith(
                problem("a.json", "1:1", "/schema", "缺少 schema"),
                problem("b.json", "1:1", "/kind", "缺少 kind"),
                problem("c.json", "1:1", "/records", "缺少 records"),
                problem("d.json", "1:1", "/kind", "缺少 kind"),
                problem("d.json", "1:1", "/records", "缺少 records"),
                problem("d.json", "1:1", "/schema", "缺少 schema"));
    }

    @Test
    void refusesRecordsWrittenBeforeTheKind() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "records": [
                    { "id": "POL-1" }
                  ],
                  "kind": "policy"
                }
                """;
        folder.write("policies.json", json);

        folder.assertRefusedWith(
                problem(
                        "policies.json",
                        at(json, "[\n"),
                        "/records",
                        "\"kind\" 应写在 \"records\" 之前"));
    }

    @Test
    void aKindGivenAsAnObjectIsOneProblemNotFour() {
        // Only the kind is wrong; the schema and records that follow it are there and must not be
        // reported missing, nor the rest of the object taken for trailing content.
        String json =
                """
                {
                  "kind": { "name": "policy" },
                  "schema": "zwgk-evidence/1",
                  "records": []
                }
                """;
        folder.write("policies.json", json);

        folder.assertRefusedWith(
                problem("policies.json", valueAt(json, "kind", "{"), "/kind", "未知的证据种类"));
    }

    @Test
    void aSchemaGivenAsAnArrayIsOneProblemNotFour() {
        String json =
                """
                {
                  "schema": ["zwgk-evidence/1"],
                  "kind": "policy",
                  "records": []
                }
                """;
        folder.write("policies.json", json);

        folder.assertRefusedWith(
                problem(
                        "policies.json",
                        valueAt(json, "schema", "["),
                        "/schema",
                        "zwgk-evidence/1"));
    }

    // ---------------------------------------------------------------- JSON syntax

    @Test
    void reportsATruncatedFileOnceWithTheLineAndColumnWhereItEnds() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "policy",
                  "records": [
                    { "id": "POL-1", "unit": "法制科", "title": "甲", "publishedOn": "2020-01-10",
                      "needsInterpretation": false },
                    { "id": "POL-2",\s\
                """;
        folder.write("policies.json", json);

        List<Problem> problems = folder.refusal().problems();

        // End of input: line 7, just after the last character written.
        assertThat(problems)
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(folder.where(p)).isEqualTo("policies.json:7:22 ");
                            assertThat(p.reason())
                                    .startsWith("JSON 格式错误：")
                                    .contains("end-of-input");
                        });
    }

    @Test
    void aBadByteFarIntoAFileLeavesOnlyThatProblemAndNoneOfItsRecords() throws IOException {
        // Text is decoded as it is parsed, a buffer at a time: past the first buffer, a faulty
        // record and a thousand good ones have been read by the time the bad byte is reached.
        StringBuilder before =
                new StringBuilder(
                        """
                        {
                          "schema": "zwgk-evidence/1",
                          "kind": "policy",
                          "records": [
                            { "id": "POL-0", "unit": "无此科", "title": "甲", "publishedOn": "2020-02-30", "needsInterpretation": false },
                        """);
        for (int i = 1; i <= 1000; i++) {
            before.append("    { \"id\": \"POL-")
                    .append(i)
                    .append(
                            "\", \"unit\": \"法制科\", \"title\": \"甲\", \"publishedOn\":"
                                    + " \"2020-01-10\", \"needsInterpretation\": false },\n");
        }
        before.append("    { \"id\": \"POL-X\", \"unit\": \"法制科\", \"title\": \"");
        byte[] head = before.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head);
        bytes.writeBytes("丙".getBytes(Charset.forName("GBK")));
        bytes.writeBytes(
                "\", \"publishedOn\": \"2020-01-10\", \"needsInterpretation\": false } ] }"
                        .getBytes(StandardCharsets.UTF_8));
        Files.write(folder.file("policies.json"), bytes.toByteArray());

        EvidenceLoader.Reading reading = new EvidenceLoader().read(dir);

        assertThat(reading.problems())
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(folder.where(p)).isEqualTo("policies.json:1006:47 ");
                            assertThat(p.reason())
                                    .startsWith(
                                            "不是有效的 UTF-8 文本（第 " + (head.length + 1) + " 字节起无法解码");
                        });
        assertThat(reading.evidence().records()).isEmpty();
        assertThat(reading.evidence().sources()).isEmpty();
    }

    @Test
    void reportsAFileTruncatedInsideAValueOnce() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "policy",
                  "records": [
                    { "id": "POL-1", "title": "《申江区某某\
                """;
        folder.write("policies.json", json);

        List<Problem> problems = folder.refusal().problems();

        assertThat(problems)
                .as("%s", problems)
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.pointer()).isEmpty();
                            assertThat(p.line()).isEqualTo(5);
                            assertThat(p.reason()).startsWith("JSON 格式错误：");
                        });
    }

    @Test
    void reportsAMissingCommaAtTheNextMember() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "policy"
                  "records": []
                }
                """;
        folder.write("policies.json", json);

        folder.assertRefusedWith(
                problem("policies.json", at(json, "\"records\""), "", "JSON 格式错误："));
    }

    @Test
    void refusesADuplicateKeyInTheEnvelope() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "policy",
                  "kind": "interpretation",
                  "records": []
                }
                """;
        folder.write("policies.json", json);

        List<Problem> problems = folder.refusal().problems();

        assertThat(problems)
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.line()).isEqualTo(4);
                            assertThat(p.reason()).contains("Duplicate field 'kind'");
                        });
    }

    @Test
    void refusesADuplicateKeyInARecord() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "policy",
                  "records": [
                    {
                      "id": "POL-1",
                      "unit": "法制科",
                      "title": "甲",
                      "publishedOn": "2020-01-10",
                      "title": "乙",
                      "needsInterpretation": false
                    }
                  ]
                }
                """;
        folder.write("policies.json", json);

        List<Problem> problems = folder.refusal().problems();

        assertThat(problems)
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.line()).isEqualTo(10);
                            assertThat(p.reason()).contains("Duplicate field 'title'");
                        });
    }

    @Test
    void refusesADuplicateKeyInANestedObject() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "major-decision",
                  "records": [
                    {
                      "id": "MD-1",
                      "unit": "社管科",
                      "title": "制定某办法",
                      "consultations": [
                        {
                          "method": "座谈",
                          "date": "2020-03-04",
                          "date": "2020-03-05"
                        }
                      ],
                      "decidedOn": "2020-03-20"
                    }
                  ]
                }
                """;
        folder.write("major-decisions.json", json);

        List<Problem> problems = folder.refusal().problems();

        assertThat(problems)
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.line()).isEqualTo(13);
                            assertThat(p.reason()).contains("Duplicate field 'date'");
                        });
    }

    // ---------------------------------------------------------------- files in the folder

    @Test
    void refusesFilesOfUnsupportedTypesButIgnoresMarkdown() {
        folder.write("README.md", "# 证据说明");
        folder.write("notes.txt", "随手记");
        folder.write("scans/policy-1.pdf", "%PDF-1.4");
        folder.write("policies.json.bak", "{}");

        folder.assertRefusedWith(
                problem("notes.txt", "0:0", "", "不支持的文件类型"),
                problem("policies.json.bak", "0:0", "", "不支持的文件类型"),
                problem("scans/policy-1.pdf", "0:0", "", "不支持的文件类型"));
    }

    @Test
    void readsEvidenceFilesInSubfolders() {
        String json = RecordTemplates.withField("policy", "unit", "\"外单位\"");
        folder.write("2020/上半年/policies.json", json);

        folder.assertRefusedWith(
                problem(
                        "2020/上半年/policies.json",
                        at(json, "{\n      \"id\""),
                        "/records/0/unit",
                        "外单位"));
    }

    @Test
    void refusesAFolderThatDoesNotExist() {
        Path missing = dir.resolve("absent");

        EvidenceException e =
                org.assertj.core.api.Assertions.catchThrowableOfType(
                        EvidenceException.class, () -> new EvidenceLoader().load(missing));

        assertThat(e.problems())
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.file()).isEqualTo(missing);
                            assertThat(p.reason()).contains("证据目录不存在");
                        });
    }
}
