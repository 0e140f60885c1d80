package cn.zwgk.audit.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.zwgk.audit.problem.EvidenceException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a folder-level read does with a file that cannot be used, beyond a refusal: the corpus
 * (robustness/bad-evidence, {@code BadEvidenceCorpusTest}) holds the refusals of files' envelopes,
 * syntax and types, each with its place.
 */
class EvidenceLoaderFileProblemsTest {

    @TempDir Path dir;

    private EvidenceFolder folder;

    @BeforeEach
    void profile() {
        folder = EvidenceFolder.withProfile(dir);
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
    void refusesAFolderThatDoesNotExist() {
        Path missing = dir.resolve("absent");

        EvidenceException e =
                catchThrowableOfType(
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
