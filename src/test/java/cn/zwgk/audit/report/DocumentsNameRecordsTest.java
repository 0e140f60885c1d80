package cn.zwgk.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.AuditRules;
import cn.zwgk.audit.Auditor;
import cn.zwgk.audit.evidence.EvidenceLoader;
import cn.zwgk.audit.evidence.EvidenceSet;
import cn.zwgk.audit.facts.Evidence;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Word documents the bureau hands in name a record the way a reader knows it — a document by
 * its title and 文号, an event by its name — never by the internal id of a record that has one of
 * those (README, “交出去的文件”); and they write dates as 2020年5月26日.
 */
class DocumentsNameRecordsTest {
    private static final Path SAMPLE = Path.of("sample-data/2020");

    @ParameterizedTest
    @ValueSource(strings = {"docx", "annual-docx"})
    void noRecordWithATitleOrNumberIsCitedByItsIdAndNoDateIsWrittenTheIsoWay(String format)
            throws Exception {
        EvidenceSet evidence = EvidenceLoader.withoutManifest().load(SAMPLE);
        AuditReport report = new Auditor(AuditRules.load(Path.of("rules"))).audit(SAMPLE, null);
        String body =
                RenderedText.docxBody(Renderers.byFormat(format).orElseThrow().render(report));

        List<Evidence> named =
                evidence.records().stream().filter(r -> !r.named().equals(r.id())).toList();
        assertThat(named).as("the sample has titled records to check").hasSizeGreaterThan(100);
        for (Evidence record : named) {
            assertThat(body)
                    .as("%s names %s by its id instead of %s", format, record.id(), record.named())
                    .doesNotContainPattern(
                            "(?<![A-Za-z0-9-])" + Pattern.quote(record.id()) + "(?![0-9])");
        }
        assertThat(body).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }
}
