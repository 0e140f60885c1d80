package cn.zwgk.audit.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.zwgk.audit.evidence.EvidenceLoader;
import cn.zwgk.audit.json.JsonFiles;
import cn.zwgk.audit.problem.EvidenceException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Limits that keep hostile or broken input from exhausting memory or reaching outside the folder.
 */
class ResourceLimitsTest {

    @TempDir Path dir;

    private void profile() throws IOException {
        Files.copy(Path.of("rules/tests/profile.json"), dir.resolve("profile.json"));
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        profile();
        Path huge = dir.resolve("pushes.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(300L * 1024 * 1024); // sparse: no disk used, no memory either
        }
        long start = System.nanoTime();
        EvidenceException e =
                catchThrowableOfType(EvidenceException.class, () -> new EvidenceLoader().load(dir));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(e).isNotNull();
        assertThat(e.getMessage())
                .contains("pushes.json", "文件过大", String.valueOf(JsonFiles.MAX_FILE_BYTES));
        assertThat(took).as("refused without reading").isLessThan(Duration.ofSeconds(5));
        assertThat(JsonFiles.MAX_FILE_BYTES).isEqualTo(256L * 1024 * 1024);
    }

    @Test
    void aStringLongerThanTheLimitIsRefusedWithAChineseReason() throws IOException {
        profile();
        String longText = "甲".repeat(JsonFiles.MAX_STRING_LENGTH + 1);
        Files.writeString(
                dir.resolve("policies.json"),
                "{\"schema\": \"zwgk-evidence/1\", \"kind\": \"policy\",\n"
                        + "\"records\": [{\"id\": \"P\", \"unit\": \"法制科\", \"title\": \""
                        + longText
                        + "\", \"publishedOn\": \"2020-01-10\"}]}",
                StandardCharsets.UTF_8);

        EvidenceException e =
                catchThrowableOfType(EvidenceException.class, () -> new EvidenceLoader().load(dir));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("policies.json:2:", "文本值过长");
    }

    @Test
    void manyRecordsStreamWithinTheLimits() throws IOException {
        profile();
        StringBuilder json =
                new StringBuilder(
                        "{\"schema\": \"zwgk-evidence/1\", \"kind\": \"service-push\", \"records\":"
                                + " [");
        for (int i = 0; i < 20_000; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"id\": \"SP-")
                    .append(i)
                    .append(
                            "\", \"unit\": \"办公室\", \"category\": \"办事指南\", \"date\":"
                                    + " \"2020-02-19\", \"recipients\": 1}");
        }
        Files.writeString(dir.resolve("pushes.json"), json.append("]}"), StandardCharsets.UTF_8);

        assertThat(
                        catchThrowableOfType(
                                EvidenceException.class, () -> new EvidenceLoader().load(dir)))
                .isNull();
    }

    @Test
    void aSymbolicLinkLeadingOutsideTheFolderIsNotFollowed(@TempDir Path outside)
            throws IOException {
        profile();
        Path secret = outside.resolve("secret.json");
        Files.writeString(
                secret,
                "{\"schema\": \"zwgk-evidence/1\", \"kind\": \"service-push\", \"records\": []}");
        Path link = dir.resolve("pushes.json");
        try {
            Files.createSymbolicLink(link, secret);
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            assumeTrue(false, "symbolic links cannot be created here: " + e);
        }

        EvidenceException e =
                catchThrowableOfType(EvidenceException.class, () -> new EvidenceLoader().load(dir));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("pushes.json", "符号链接指向证据目录之外");
    }

    @Test
    void aSymbolicLinkToAFolderOutsideIsReportedAndNotWalked(@TempDir Path outside)
            throws IOException {
        profile();
        Files.writeString(outside.resolve("secret.json"), "不是 JSON");
        try {
            Files.createSymbolicLink(dir.resolve("more"), outside);
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            assumeTrue(false, "symbolic links cannot be created here: " + e);
        }

        // Reported rather than skipped; the linked folder is not walked, so its file is never read.
        EvidenceException e =
                catchThrowableOfType(EvidenceException.class, () -> new EvidenceLoader().load(dir));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("more", "符号链接指向证据目录之外").doesNotContain("secret.json");
    }

    @Test
    void anEvidenceFolderGivenAsASymbolicLinkIsReadLikeTheFolder(@TempDir Path links)
            throws Exception {
        profile();
        Files.writeString(
                dir.resolve("pushes.json"),
                """
                {"schema": "zwgk-evidence/1", "kind": "service-push", "records": [
                  {"id": "SP-1", "unit": "办公室", "category": "办事指南", "date": "2020-02-19", "recipients": 3}]}
                """);
        Path link = links.resolve("evidence");
        try {
            Files.createSymbolicLink(link, dir);
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            assumeTrue(false, "symbolic links cannot be created here: " + e);
        }

        assertThat(new EvidenceLoader().load(link).records()).hasSize(1);
    }

    @Test
    void aPipeNamedLikeEvidenceIsReportedNotReadOrSkipped() throws Exception {
        profile();
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.json").toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here: " + e);
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");

        EvidenceException e =
                catchThrowableOfType(EvidenceException.class, () -> new EvidenceLoader().load(dir));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("pipe.json", "不是普通文件");
    }

    @Test
    void aHugeCsvCellIsRefusedWithoutBeingEchoed() throws Exception {
        profile();
        String huge = "长".repeat(JsonFiles.MAX_STRING_LENGTH + 1);
        Files.writeString(
                dir.resolve("service-push.csv"),
                "id,unit,category,date,recipients\nSP-1,办公室," + huge + ",2020-02-19,3\n");

        EvidenceException e =
                catchThrowableOfType(EvidenceException.class, () -> new EvidenceLoader().load(dir));
        assertThat(e).isNotNull();
        assertThat(e.getMessage())
                .contains("service-push.csv", "第 2 行第 3 列的文本超过")
                .hasSizeLessThan(2_000);
    }

    @Test
    void oneKindOfProblemIsListedTwentyTimesAndTheRestCounted() throws Exception {
        profile();
        StringBuilder csv = new StringBuilder("id,unit,category,date,recipients\n");
        for (int i = 1; i <= 100; i++) {
            csv.append("SP-").append(i).append(",办公室,办事指南,2020-02-19,很多\n");
        }
        Files.writeString(dir.resolve("service-push.csv"), csv);
        java.io.StringWriter err = new java.io.StringWriter();

        int exit =
                cn.zwgk.audit.cli.Main.run(
                        new java.io.PrintWriter(new java.io.StringWriter(), true),
                        new java.io.PrintWriter(err, true),
                        "evidence",
                        dir.toString());

        assertThat(exit).isEqualTo(3);
        assertThat(err.toString()).contains("共 100 处", "另有 80 个同类问题", "E22");
        assertThat(err.toString().lines().filter(l -> l.contains("应为整数")).count()).isEqualTo(21);
    }

    @Test
    void filesAreFoundByWalkingTheFolderSoNoPathClimbsOutOfIt() throws Exception {
        profile();
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(
                dir.resolve("sub/pushes.json"),
                "{\"schema\": \"zwgk-evidence/1\", \"kind\": \"service-push\", \"records\": []}");
        var set = new EvidenceLoader().load(dir);

        try (Stream<Path> walk = Files.walk(dir)) {
            assertThat(walk.map(dir::relativize).map(Path::toString))
                    .noneMatch(p -> p.contains(".."));
        }
        assertThat(set.files())
                .allSatisfy(
                        f -> {
                            assertThat(f.normalize().toString()).doesNotContain("..");
                            assertThat(
                                            f.toAbsolutePath()
                                                    .normalize()
                                                    .startsWith(dir.toAbsolutePath().normalize()))
                                    .isTrue();
                        });
    }
}
