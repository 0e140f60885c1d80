package cn.zwgk.audit.robustness;

import static cn.zwgk.audit.cli.Run.zwgk;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.cli.Run;
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
        Run run = zwgk("audit", dir.toString(), "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("\u001b", "\u0007", "\uD800");
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
        Run run = zwgk("evidence", dir.toString());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("service-push.csv", "C2").doesNotContain("\u001b", "\u0007");
    }
}
