package cn.zwgk.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failing format leaves the reports already there as they were, and no temporary files. */
class ReportWriterTest {
    @TempDir Path out;

    @Test
    void aRendererThatFailsReplacesNothing() throws IOException {
        List<Renderer> all =
                Renderers.formats().stream().map(f -> Renderers.byFormat(f).orElseThrow()).toList();
        List<Path> written = ReportWriter.write(Fixtures.sample(), all, out);
        assertThat(written)
                .extracting(p -> p.getFileName().toString())
                .containsExactly(
                        "report.json",
                        "report.md",
                        "report.html",
                        "appendix.docx",
                        "annual-report.docx",
                        "annual-report.md",
                        "findings.xlsx",
                        "findings.csv");
        byte[] before = Files.readAllBytes(out.resolve("report.md"));

        Renderer failing =
                new Renderer() {
                    @Override
                    public String format() {
                        return "broken";
                    }

                    @Override
                    public String fileName() {
                        return "broken.txt";
                    }

                    @Override
                    public byte[] render(AuditReport report) throws IOException {
                        throw new IOException("disk full");
                    }
                };
        assertThatThrownBy(
                        () ->
                                ReportWriter.write(
                                        Fixtures.hostile(), List.of(all.get(1), failing), out))
                .hasMessage("disk full");
        assertThat(Files.readAllBytes(out.resolve("report.md"))).isEqualTo(before);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "report.json",
                            "report.md",
                            "report.html",
                            "appendix.docx",
                            "annual-report.docx",
                            "annual-report.md",
                            "findings.xlsx",
                            "findings.csv");
        }
    }
}
