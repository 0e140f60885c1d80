package cn.zwgk.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.report.AuditReport.TaskResult;
import cn.zwgk.audit.text.SafeText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every renderer in the registry promises, whatever its format. */
class RendererContractTest {

    static List<String> formats() {
        return Renderers.formats();
    }

    /**
     * The formats that hold the task table; the annual report is the other document, which names
     * only the tasks not done (in 五、存在的主要问题及改进情况).
     */
    static List<String> taskTableFormats() {
        return Renderers.formats().stream().filter(f -> !f.startsWith("annual-")).toList();
    }

    private static Renderer renderer(String format) {
        return Renderers.byFormat(format).orElseThrow();
    }

    @Test
    void theRegistryOffersEveryFormatTheIssueAsksForEachWithItsOwnFile() {
        assertThat(Renderers.formats())
                .containsExactly(
                        "json", "md", "html", "docx", "annual-docx", "annual-md", "xlsx", "csv");
        assertThat(Renderers.formats().stream().map(f -> renderer(f).fileName()))
                .containsExactly(
                        "report.json",
                        "report.md",
                        "report.html",
                        "appendix.docx",
                        "annual-report.docx",
                        "annual-report.md",
                        "findings.xlsx",
                        "findings.csv");
        assertThat(Renderers.byFormat("pdf")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void rendersSomethingAndTheSameBytesEveryTime(String format) throws IOException {
        for (AuditReport report : Fixtures.all().values()) {
            byte[] first = renderer(format).render(report);
            assertThat(first).isNotEmpty();
            assertThat(renderer(format).render(report)).isEqualTo(first);
            assertThat(renderer(format).render(Fixtures.sample()))
                    .as("a fresh but equal model")
                    .isEqualTo(renderer(format).render(Fixtures.sample()));
        }
    }

    @Test
    void theClockDoesNotReachTheOutput() throws IOException, InterruptedException {
        Map<String, byte[]> before = new LinkedHashMap<>();
        for (String format : formats()) {
            before.put(format, renderer(format).render(Fixtures.sample()));
        }
        Thread.sleep(2100); // zip entry times have a resolution of two seconds
        for (String format : formats()) {
            assertThat(renderer(format).render(Fixtures.sample()))
                    .as(format)
                    .isEqualTo(before.get(format));
        }
    }

    @ParameterizedTest
    @MethodSource("taskTableFormats")
    void everyTaskIsThereInTableOrder(String format) throws IOException {
        AuditReport report = Fixtures.sample();
        assertThat(report.tasks()).hasSize(34);
        String text = RenderedText.visible(format, renderer(format).render(report));
        int from = 0;
        for (TaskResult t : report.tasks()) {
            int at = text.indexOf(t.content(), from);
            assertThat(at)
                    .as("%s: task %d (%s) after offset %d", format, t.number(), t.content(), from)
                    .isGreaterThanOrEqualTo(0);
            from = at;
        }
    }

    @ParameterizedTest
    @MethodSource("formats")
    void statesTheManifest(String format) throws IOException {
        AuditReport report = Fixtures.sample();
        String text = RenderedText.visible(format, renderer(format).render(report));
        assertThat(text).contains(report.tool(), report.asOf().toString());
        for (AuditReport.InputFile f : report.manifest().rules()) {
            assertThat(text).as("rule file %s", f.path()).contains(f.path(), f.sha256());
        }
        for (AuditReport.InputFile f : report.manifest().evidence()) {
            assertThat(text).as("evidence file %s", f.path()).contains(f.path(), f.sha256());
        }
    }

    @ParameterizedTest
    @MethodSource("formats")
    void hostileEvidenceTextIsShownAsTextAndNeverAsMarkupOrFormula(String format)
            throws IOException {
        AuditReport hostile = Fixtures.hostile();
        byte[] bytes = renderer(format).render(hostile);
        String visible = RenderedText.visible(format, bytes);
        for (String payload : Fixtures.PAYLOADS) {
            assertThat(visible).as("%s shows %s as text", format, payload).contains(payload);
        }
        String raw = new String(bytes, StandardCharsets.UTF_8);
        switch (format) {
            case "json" -> assertThat(ReportReader.read(write(bytes))).isEqualTo(hostile);
            case "html" ->
                    assertThat(raw)
                            .as("no payload verbatim: markup and quotes escaped")
                            .doesNotContain(Fixtures.PAYLOADS.toArray(String[]::new))
                            .doesNotContain("<script", "<img");
            case "md", "annual-md" ->
                    assertThat(raw)
                            .as("no markup verbatim (quotes mean nothing in Markdown text)")
                            .doesNotContain(Fixtures.SCRIPT, Fixtures.IMG, Fixtures.TITLE_BREAKOUT)
                            .doesNotContain("<script", "<img");
            case "docx", "annual-docx" ->
                    assertThat(RenderedText.docxBody(bytes))
                            .contains(Fixtures.SCRIPT, Fixtures.IMG);
            case "csv" -> assertNoFormula(RenderedText.csvRecords(raw));
            case "xlsx" -> assertNoFormula(RenderedText.xlsxCells(bytes));
            default ->
                    throw new AssertionError(
                            "no injection check for format " + format + ": add one here");
        }
    }

    /** No cell starts a formula; each hostile formula is there, behind an apostrophe. */
    private static void assertNoFormula(List<List<String>> rows) {
        Set<Character> starters = Set.of('=', '+', '-', '@', '\t', '\r');
        List<String> cells = rows.stream().flatMap(List::stream).toList();
        assertThat(cells).noneMatch(c -> !c.isEmpty() && starters.contains(c.charAt(0)));
        for (String formula : Fixtures.FORMULAS) {
            assertThat(cells)
                    .as("neutralised %s", formula.replace("\t", "\\t").replace("\r", "\\r"))
                    .anyMatch(c -> c.startsWith("'" + SafeText.clean(formula)));
        }
    }

    @TempDir Path temp;

    private Path write(byte[] bytes) throws IOException {
        return Files.write(temp.resolve("report.json"), bytes);
    }

    @Test
    void neutralisingLeavesOrdinaryTextAlone() {
        assertThat(SafeText.formula("已完成")).isEqualTo("已完成");
        assertThat(SafeText.formula("2020-12-31")).isEqualTo("2020-12-31");
        assertThat(SafeText.formula("")).isEmpty();
        assertThat(SafeText.formula(null)).isEmpty();
        assertThat(Fixtures.FORMULAS.stream().map(SafeText::formula).collect(Collectors.toList()))
                .allMatch(s -> s.startsWith("'"));
    }
}
