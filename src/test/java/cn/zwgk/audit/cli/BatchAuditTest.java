package cn.zwgk.audit.cli;

import static cn.zwgk.audit.cli.Run.zwgk;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.app.BatchAudit;
import cn.zwgk.audit.report.Renderer;
import cn.zwgk.audit.report.Renderers;
import cn.zwgk.audit.report.Rollup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zwgk audit --batch}: three organisations, one with broken evidence. */
class BatchAuditTest {
    static final Path SAMPLE = Path.of("sample-data/2020");

    @TempDir Path temp;

    static void copyOrganisation(Path target, String organisation) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(SAMPLE)) {
            for (Path f :
                    files.filter(
                                    f ->
                                            f.toString().endsWith(".json")
                                                    || f.toString().endsWith(".xlsx"))
                            .toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        Path profile = target.resolve("profile.json");
        Files.writeString(
                profile, Files.readString(profile).replace("申江区人力资源和社会保障局", organisation));
    }

    @Test
    void auditsEachOrganisationAndABrokenOneDoesNotStopTheOthers() throws IOException {
        Path batch = temp.resolve("batch");
        copyOrganisation(batch.resolve("a-bureau"), "甲区人社局");
        copyOrganisation(batch.resolve("b-broken"), "乙区人社局");
        copyOrganisation(batch.resolve("c-bureau"), "丙区人社局");
        Path broken = batch.resolve("b-broken").resolve("credit-disclosures.json");
        Files.writeString(
                broken,
                Files.readString(broken)
                        .replaceFirst("\"unit\": \"[^\"]+\"", "\"unit\": \"不存在的科\""));
        Path out = temp.resolve("out");

        Run run =
                zwgk(
                        "audit",
                        "--batch",
                        batch.toString(),
                        "--out",
                        out.toString(),
                        "--format",
                        "json,md");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.BAD_EVIDENCE.code);
        assertThat(run.err()).contains("b-broken", "不存在的科").doesNotContain("a-bureau", "c-bureau");
        assertThat(run.out()).contains("批量审计 3 个组织：完成 2，失败 1");
        assertThat(out.resolve("a-bureau/report.json")).exists();
        assertThat(out.resolve("c-bureau/report.md")).exists();
        assertThat(Files.readString(out.resolve("c-bureau/report.md"))).contains("丙区人社局");
        assertThat(out.resolve("b-broken/report.json")).doesNotExist();

        String md = Files.readString(out.resolve(Rollup.MARKDOWN_FILE));
        assertThat(md)
                .contains("| a-bureau | 甲区人社局 |", "| c-bureau | 丙区人社局 |", "| b-broken | 失败：证据有误");
        List<String> csv = Files.readAllLines(out.resolve(Rollup.CSV_FILE));
        assertThat(csv).hasSize(4);
        assertThat(csv.get(0)).startsWith("folder,organisation,status,task1,task2");
        assertThat(csv.get(1)).startsWith("a-bureau,甲区人社局,OK,").contains("FAIL", "PASS");
        assertThat(csv.get(2)).startsWith("b-broken,,FAILED: 证据有误");
        // The same evidence gives the same states whatever organisation it belongs to.
        assertThat(csv.get(3).substring(csv.get(3).indexOf(",OK,")))
                .isEqualTo(csv.get(1).substring(csv.get(1).indexOf(",OK,")));
    }

    @Test
    void allGoodOrganisationsExitZero() throws IOException {
        Path batch = temp.resolve("batch");
        copyOrganisation(batch.resolve("only"), "丁区人社局");
        Run run =
                zwgk(
                        "audit",
                        "--batch",
                        batch.toString(),
                        "--out",
                        temp.resolve("out").toString(),
                        "--format",
                        "csv");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(temp.resolve("out/only/findings.csv")).exists();
    }

    @Test
    void onATerminalEachOrganisationDoneIsReportedAndOtherwiseNothing() throws Exception {
        Path batch = temp.resolve("batch");
        copyOrganisation(batch.resolve("a"), "甲区人社局");
        copyOrganisation(batch.resolve("b"), "乙区人社局");
        List<Renderer> csv = List.of(Renderers.byFormat("csv").orElseThrow());
        for (boolean terminal : new boolean[] {true, false}) {
            List<String> messages = new ArrayList<>();
            BatchAudit.run(
                    new BatchAudit.Request(
                            batch,
                            Path.of("rules"),
                            csv,
                            null,
                            temp.resolve("out-" + terminal),
                            2,
                            terminal),
                    messages::add);
            if (terminal) {
                assertThat(messages.stream().sorted().toList())
                        .hasSize(2)
                        .allSatisfy(
                                line -> assertThat(line).matches("\\[[12]/2\\] [ab] 完成（\\d+ 条记录）"));
            } else {
                assertThat(messages).isEmpty();
            }
        }
    }

    @Test
    void batchAndAnEvidenceFolderTogetherAreRefused() {
        Run run =
                zwgk(
                        "audit",
                        SAMPLE.toString(),
                        "--batch",
                        temp.toString(),
                        "--out",
                        temp.resolve("o").toString());
        assertThat(run.exit()).isEqualTo(ExitCode.BAD_OPTIONS.code);
    }
}
