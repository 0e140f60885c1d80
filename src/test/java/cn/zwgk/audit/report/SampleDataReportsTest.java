package cn.zwgk.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.AuditRules;
import cn.zwgk.audit.Auditor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample audited twice, from scratch: every format comes out byte for byte the same. */
class SampleDataReportsTest {
    @TempDir
    Path temp;

    @Test
    void twoAuditsOfTheSameInputsWriteIdenticalFilesInEveryFormat() throws Exception {
        // A snapshot of the inputs, so the two audits read the same files even while they are being edited.
        Path rules = copy(Path.of("rules"), temp.resolve("rules"));
        Path evidence = copy(Path.of("sample-data/2020"), temp.resolve("evidence"));
        List<Renderer> all = Renderers.formats().stream().map(f -> Renderers.byFormat(f).orElseThrow()).toList();
        List<Path> first = ReportWriter.write(audit(rules, evidence), all, temp.resolve("first"));
        List<Path> second = ReportWriter.write(audit(rules, evidence), all, temp.resolve("second"));
        assertThat(first).hasSize(6);
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i))).as(first.get(i).getFileName().toString())
                    .isEqualTo(Files.readAllBytes(first.get(i)));
        }
    }

    private static AuditReport audit(Path rules, Path evidence) throws Exception {
        return new Auditor(AuditRules.load(rules)).audit(evidence, null);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(from.relativize(f).toString()));
            }
        }
        return to;
    }
}
