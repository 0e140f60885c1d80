package cn.zwgk.audit.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.audit.problem.InputFailure;
import cn.zwgk.audit.report.Renderer;
import cn.zwgk.audit.report.Renderers;
import cn.zwgk.audit.watch.AuditWatch;
import cn.zwgk.audit.watch.ChangeSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands' work, called as the CLI calls it but without it: requests in, results out. */
class CommandsBelowTheCliTest {
    static final Path SAMPLE = Path.of("sample-data/2020");
    static final Path RULES = Path.of("rules");

    @TempDir Path out;

    @Test
    void anAuditTellsItsProgressAndReturnsTheReportAndTheFilesWritten() throws Exception {
        List<String> progress = new ArrayList<>();
        AuditRun.Result result =
                AuditRun.run(
                        new AuditRun.Request(
                                SAMPLE,
                                RULES,
                                null,
                                List.of(Renderers.byFormat("json").orElseThrow()),
                                out),
                        progress::add);
        assertThat(result.report().tasks()).hasSize(34);
        assertThat(result.written()).containsExactly(out.resolve("report.json"));
        assertThat(progress).hasSize(2);
        assertThat(progress.get(0)).startsWith("正在读取证据 ");
        assertThat(progress.get(1)).matches("已读取 \\d+ 条记录，正在审计 \\.\\.\\.");
    }

    @Test
    void anExplanationEndsWithHowStatesCombineWaiversIncluded() throws Exception {
        List<String> lines =
                TaskExplanation.explain(new TaskExplanation.Request(6, null, SAMPLE, RULES, null));
        assertThat(lines.get(0)).startsWith("任务 6：");
        assertThat(String.join("\n", lines))
                .contains(
                        "t06 拒绝公开的答复未说明理由或依据（t06-application-records.drl）：触发 1 次", "合成：", "经批准调整");
    }

    @Test
    void anExplanationOfATaskOrUnitNotInTheCatalogIsRefused() {
        assertThatThrownBy(
                        () ->
                                TaskExplanation.explain(
                                        new TaskExplanation.Request(99, null, SAMPLE, RULES, null)))
                .isInstanceOf(TaskExplanation.NotInCatalog.class)
                .hasMessage("任务目录中没有任务 99");
        assertThatThrownBy(
                        () ->
                                TaskExplanation.explain(
                                        new TaskExplanation.Request(
                                                1, "不存在科", SAMPLE, RULES, null)))
                .isInstanceOf(TaskExplanation.NotInCatalog.class)
                .hasMessage("不存在科 不是任务 1 的责任单位");
    }

    @Test
    void formatsAreLookedUpByNameBlanksIgnoredAndNoneNamedMeansAll() throws Exception {
        assertThat(ReportFormats.named(List.of("md", " csv ")))
                .extracting(Renderer::format)
                .containsExactly("md", "csv");
        assertThat(ReportFormats.named(null))
                .extracting(Renderer::format)
                .containsExactlyElementsOf(Renderers.formats());
    }

    @Test
    void anUnknownFormatIsRefusedNamingItAndTheKnownOnes() {
        assertThatThrownBy(() -> ReportFormats.named(List.of("md", "pdf")))
                .isInstanceOf(BadRequest.class)
                .hasMessage("未知的报告格式 pdf（可用：" + String.join(",", Renderers.formats()) + "）");
    }

    @Test
    void reportsInsideTheEvidenceAreRefusedBeforeAnythingIsRead() throws Exception {
        Path evidence = Files.createDirectory(out.resolve("evidence"));
        Path reports = evidence.resolve("reports");

        assertThatThrownBy(() -> AuditRun.run(request(evidence, reports, List.of()), m -> {}))
                .isInstanceOf(BadRequest.class)
                .hasMessage(
                        "--out " + reports + " 在证据目录 " + evidence + " 之内：报告会被下次运行当作证据读取，请换一个输出目录");
        assertThat(reports).doesNotExist();
    }

    @Test
    void theEvidenceFolderItselfAndAFolderNotYetMadeBelowItAreInside() throws Exception {
        Path evidence = Files.createDirectory(out.resolve("evidence"));
        assertThat(OutFolder.inside(evidence, evidence)).isTrue();
        assertThat(OutFolder.inside(evidence.resolve("a/b/c"), evidence)).isTrue();
        assertThat(OutFolder.inside(evidence.resolve("../evidence/x"), evidence)).isTrue();
        // A neighbour whose name begins alike is outside: folders compare by name, not by text.
        assertThat(OutFolder.inside(out.resolve("evidence-reports"), evidence)).isFalse();
    }

    @Test
    void reportsInsideTheEvidenceThroughALinkAreRefused() throws Exception {
        Path evidence = Files.createDirectory(out.resolve("evidence"));
        Path link = Files.createSymbolicLink(out.resolve("link"), evidence);

        assertThat(OutFolder.inside(link.resolve("reports"), evidence)).isTrue();
        assertThat(OutFolder.inside(evidence.resolve("reports"), link)).isTrue();
        assertThatThrownBy(() -> AuditRun.watch(request(link, evidence, List.of()), null))
                .isInstanceOf(BadRequest.class)
                .hasMessageContaining("在证据目录 " + link + " 之内");
    }

    @Test
    void aBatchWritingIntoItselfIsRefused() {
        assertThatThrownBy(
                        () ->
                                BatchAudit.run(
                                        new BatchAudit.Request(
                                                out, RULES, List.of(), null, out, 1, false),
                                        m -> {}))
                .isInstanceOf(BadRequest.class)
                .hasMessage("--out " + out + " 在批量目录 " + out + " 之内：报告会被下次运行当作一个组织的证据，请换一个输出目录");
    }

    @Test
    void aBatchFolderThatCannotBeListedIsABadRequest() {
        Path missing = out.resolve("missing");
        assertThatThrownBy(
                        () ->
                                BatchAudit.run(
                                        new BatchAudit.Request(
                                                missing,
                                                RULES,
                                                List.of(),
                                                null,
                                                out.resolve("o"),
                                                1,
                                                false),
                                        m -> {}))
                .isInstanceOf(BadRequest.class)
                .hasMessageStartingWith("无法读取批量目录 " + missing + "：");
    }

    @Test
    void aWatchWritesTheReportsInTheFormatsAskedAfterEachAudit() throws Exception {
        Path reports = out.resolve("reports");
        List<AuditWatch.Audit> audits = new ArrayList<>();
        AuditWatch watch =
                AuditRun.watch(
                        request(SAMPLE, reports, ReportFormats.named(List.of("md", "json"))),
                        listener(audits));

        watch.run(closed());

        assertThat(audits)
                .singleElement()
                .satisfies(
                        a -> {
                            assertThat(a.unwritten()).isNull();
                            assertThat(a.written())
                                    .containsExactly(
                                            reports.resolve("report.md"),
                                            reports.resolve("report.json"));
                        });
        try (var files = Files.list(reports)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("report.md", "report.json");
        }
    }

    @Test
    void aWatchAskedForNoFormatWritesNothing() throws Exception {
        Path reports = out.resolve("reports");
        List<AuditWatch.Audit> audits = new ArrayList<>();

        AuditRun.watch(request(SAMPLE, reports, List.of()), listener(audits)).run(closed());

        assertThat(audits).singleElement().satisfies(a -> assertThat(a.written()).isEmpty());
        assertThat(reports).doesNotExist();
    }

    private static AuditRun.Request request(Path evidence, Path reports, List<Renderer> formats) {
        return new AuditRun.Request(evidence, RULES, null, formats, reports);
    }

    /** Keeps each audit; a failed one fails the test. */
    private static AuditWatch.Listener listener(List<AuditWatch.Audit> audits) {
        return new AuditWatch.Listener() {
            @Override
            public void changed(Set<Path> files) {}

            @Override
            public void audited(AuditWatch.Audit audit) {
                audits.add(audit);
            }

            @Override
            public void failed(InputFailure problems, Duration took) {
                throw new AssertionError(problems.lines());
            }
        };
    }

    /** No change ever: the watch audits once and ends. */
    private static ChangeSource closed() {
        return new ChangeSource() {
            @Override
            public Optional<Set<Path>> next() {
                return Optional.empty();
            }

            @Override
            public void close() {}
        };
    }

    @Test
    void aConversionNeverWritesOverAFileAndSaysWhichWouldBe() throws Exception {
        Path existing = Files.writeString(out.resolve("台账.xlsx"), "");
        assertThatThrownBy(() -> Conversion.convert(new Conversion.Request(SAMPLE, existing)))
                .isInstanceOf(BadRequest.class)
                .satisfies(
                        e ->
                                assertThat(((BadRequest) e).reasons())
                                        .containsExactly(existing + " 已存在，不予覆盖"));
        assertThatThrownBy(() -> Conversion.template(out.resolve("模板.csv")))
                .isInstanceOf(BadRequest.class)
                .hasMessage(out.resolve("模板.csv") + " 应以 .xlsx 结尾");
        assertThat(Files.readString(existing)).isEmpty();
    }

    @Test
    void aFolderConvertsToAWorkbookThatConvertsBackToAJsonFileAKind() throws Exception {
        Path workbook = out.resolve("台账.xlsx");
        Conversion.Result toWorkbook = Conversion.convert(new Conversion.Request(SAMPLE, workbook));
        assertThat(toWorkbook.written()).containsExactly(workbook);

        Conversion.Result back =
                Conversion.convert(new Conversion.Request(workbook, out.resolve("json")));
        assertThat(back.records()).isEqualTo(toWorkbook.records()).isPositive();
        assertThat(back.written()).allSatisfy(f -> assertThat(f.toString()).endsWith(".json"));
    }

    @Test
    void aComparisonOfAReportWithItselfChangesNothingAndAFileNotAReportIsRefused()
            throws Exception {
        Path report =
                AuditRun.run(request(SAMPLE, out, ReportFormats.named(List.of("json"))), m -> {})
                        .written()
                        .get(0);
        assertThat(ReportComparison.compare(new ReportComparison.Request(report, report)))
                .contains("输入：规则与证据都相同。", "各任务、各单位的完成情况均未变化。");

        Path notAReport = Files.writeString(out.resolve("x.json"), "{}");
        assertThatThrownBy(
                        () ->
                                ReportComparison.compare(
                                        new ReportComparison.Request(report, notAReport)))
                .isInstanceOf(BadRequest.class)
                .hasMessageStartingWith(notAReport + " 无法读取为报告：");
    }

    @Test
    void aSurveyCountsTheSampleAndListsEveryProblemOfAFolderWithoutRefusingIt() throws Exception {
        EvidenceSurvey sample = EvidenceSurvey.of(SAMPLE);
        assertThat(sample.problems()).isEmpty();
        assertThat(sample.ledgers()).isPositive();
        assertThat(sample.counts().byKind().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(sample.evidence().records().size());

        Path broken = Files.createDirectory(out.resolve("broken"));
        Files.writeString(broken.resolve("meetings.json"), "{");
        EvidenceSurvey survey = EvidenceSurvey.of(broken);
        assertThat(survey.problems())
                .as("no profile, and a file that is not JSON")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(survey.evidence().records()).isEmpty();
    }
}
