package cn.zwgk.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.AuditRules;
import cn.zwgk.audit.Auditor;
import cn.zwgk.audit.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled sample audited twice, from scratch: every format comes out byte for byte the same.
 */
class SampleDataReportsTest {
    @TempDir Path temp;

    @Test
    void twoAuditsOfTheSameInputsWriteIdenticalFilesInEveryFormat() throws Exception {
        // A snapshot of the inputs, so the two audits read the same files even while they are being
        // edited.
        Path rules = TestFiles.copyTree(Path.of("rules"), temp.resolve("rules"));
        Path evidence = TestFiles.copyTree(Path.of("sample-data/2020"), temp.resolve("evidence"));
        List<Renderer> all =
                Renderers.formats().stream().map(f -> Renderers.byFormat(f).orElseThrow()).toList();
        List<Path> first = ReportWriter.write(audit(rules, evidence), all, temp.resolve("first"));
        List<Path> second = ReportWriter.write(audit(rules, evidence), all, temp.resolve("second"));
        assertThat(first).hasSize(Renderers.formats().size());
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i)))
                    .as(first.get(i).getFileName().toString())
                    .isEqualTo(Files.readAllBytes(first.get(i)));
        }
    }

    private static AuditReport audit(Path rules, Path evidence) throws Exception {
        return new Auditor(AuditRules.load(rules)).audit(evidence, null);
    }
}
