package cn.zwgk.audit.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole runs on text that broke them: a lone surrogate and control characters in the organisation
 * name (docx properties crashed), terminal escapes in evidence text (reached stderr raw).
 */
class HostileTextEndToEndTest {
    @TempDir Path dir;

    @Test
    void aLoneSurrogateAndControlsInTheOrganisationNameStillGiveAReportThatParses(@TempDir Path out)
            throws Exception {
        String profile = Files.readString(Path.of("rules/tests/profile.json"));
        Files.writeString(
                dir.resolve("profile.json"),
                profile.replaceFirst(
                        "\"organisation\": \"([^\"]*)\"",
                        "\"organisation\": \"$1\\\\ud800\\\\u0007\\\\u001b[2J\""));
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();

        int exit =
                Main.run(
                        new PrintWriter(stdout, true),
                        new PrintWriter(stderr, true),
                        "audit",
                        dir.toString(),
                        "--out",
                        out.toString());

        assertThat(exit).as(stderr.toString()).isZero();
        assertThat(stdout.toString()).doesNotContain("\u001b", "\u0007", "\uD800");
        for (String office :
                new String[] {"appendix.docx", "annual-report.docx", "findings.xlsx"}) {
            try (ZipInputStream zip =
                    new ZipInputStream(Files.newInputStream(out.resolve(office)))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (e.getName().endsWith(".xml")) {
                        DocumentBuilderFactory.newInstance()
                                .newDocumentBuilder()
                                .parse(new java.io.ByteArrayInputStream(zip.readAllBytes()));
                    }
                }
            }
        }
    }

    @Test
    void terminalEscapesInEvidenceDoNotReachTheTerminal() throws Exception {
        Files.copy(Path.of("rules/tests/profile.json"), dir.resolve("profile.json"));
        Files.writeString(
                dir.resolve("service-push.csv"),
                "id,unit,category,date,recipients\n"
                        + "SP-1,办公室,\u001b]0;被改的标题\u0007\u001b[2J办事指南,2020-02-19,3\n");
        StringWriter stderr = new StringWriter();

        int exit =
                Main.run(
                        new PrintWriter(new StringWriter(), true),
                        new PrintWriter(stderr, true),
                        "evidence",
                        dir.toString());

        assertThat(exit).isEqualTo(3);
        assertThat(stderr.toString())
                .contains("service-push.csv", "C2")
                .doesNotContain("\u001b", "\u0007");
    }
}
