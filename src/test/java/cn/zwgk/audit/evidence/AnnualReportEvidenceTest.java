package cn.zwgk.audit.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.facts.EvidenceKind;
import cn.zwgk.audit.facts.NormativeDocument;
import cn.zwgk.audit.facts.PublishedReportTables;
import cn.zwgk.audit.facts.Rectification;
import cn.zwgk.audit.facts.ResourceAllocation;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence behind the annual report: a published table is read in its year's layout with blank
 * cells as 0, and the records of Table 2 and 整改措施 are read whole. What the layout or a record does
 * not allow is refused with its place: the corpus cases in the section "the annual report's
 * evidence" of {@code robustness/generate-bad-evidence.py}.
 */
class AnnualReportEvidenceTest {

    @TempDir Path dir;

    private EvidenceFolder folder;

    @BeforeEach
    void profile() {
        folder = EvidenceFolder.withProfile(dir);
    }

    private static String tables(String year, String applications) {
        return """
        {"schema": "zwgk-evidence/1", "kind": "report-tables", "records": [
          {"id": "RT-1", "unit": "办公室", "reportYear": %s,
           "applications": %s,
           "reviews": {"行政复议": [1, null, null, null, 1]}}]}
        """
                .formatted(year, applications);
    }

    @Test
    void blankCellsAndAbsentRowsReadAsZero() throws Exception {
        folder.write(
                "report-tables.json",
                tables("2020", "{\"一\": [2, null, null, null, null, null, 2]}"));
        PublishedReportTables t = (PublishedReportTables) folder.load().records().get(0);
        assertThat(folder.load().count(EvidenceKind.REPORT_TABLES)).isEqualTo(1);
        assertThat(t.applicationsTable().row("一")).containsExactly(2, 0, 0, 0, 0, 0, 2);
        assertThat(t.applicationsTable().row("四")).containsOnly(0);
        assertThat(t.reviewsTable().row("行政复议")).containsExactly(1, 0, 0, 0, 1);
        assertThat(t.reviewsTable().row("复议后起诉")).containsOnly(0);
    }

    @Test
    void theSameRowIsAcceptedInA2021Report() throws Exception {
        // 其他处理 has three sub-rows only from the 2021 edition on; in a 2020 report the row is
        // refused (corpus case report-table-row-of-the-other-edition).
        folder.write("report-tables.json", tables("2021", "{\"三（六）2\": [0, 1, 0, 0, 0, 0, 1]}"));
        assertThat(folder.load().records()).hasSize(1);
    }

    @Test
    void readsEachKindWhole() throws Exception {
        folder.write(
                "normative-documents.json",
                """
                {"schema": "zwgk-evidence/1", "kind": "normative-document", "records": [
                  {"id": "ND-1", "unit": "法制科", "type": "行政规范性文件", "title": "某办法",
                   "documentNumber": "某规〔2020〕1号", "issuedOn": "2020-03-01",
                   "publishedOn": "2020-03-05", "repealedOn": "2020-12-31"}]}
                """);
        folder.write(
                "rectifications.json",
                """
                {"schema": "zwgk-evidence/1", "kind": "rectification", "records": [
                  {"id": "RF-1", "task": 1, "unit": "社管科", "problem": "未参与宣传",
                   "measure": "补开一次宣传", "responsibleUnit": "法制科", "targetDate": "2021-03-31"}]}
                """);
        folder.write(
                "resource-allocations.json",
                """
                {"schema": "zwgk-evidence/1", "kind": "resource-allocation", "records": [
                  {"id": "RA-1", "unit": "办公室", "type": "政府采购", "title": "物业服务",
                   "eventOn": "2020-01-08", "centralised": true, "amount": 1286400}]}
                """);

        assertThat(folder.load().records())
                .contains(
                        new NormativeDocument(
                                "ND-1",
                                "法制科",
                                NormativeDocument.Type.行政规范性文件,
                                "某办法",
                                "某规〔2020〕1号",
                                LocalDate.of(2020, 3, 1),
                                LocalDate.of(2020, 3, 5),
                                LocalDate.of(2020, 12, 31)),
                        new Rectification(
                                "RF-1",
                                1,
                                "社管科",
                                "未参与宣传",
                                "补开一次宣传",
                                "法制科",
                                LocalDate.of(2021, 3, 31)),
                        new ResourceAllocation(
                                "RA-1",
                                "办公室",
                                ResourceAllocation.Type.政府采购,
                                "物业服务",
                                LocalDate.of(2020, 1, 8),
                                null,
                                true,
                                1_286_400L,
                                null,
                                null,
                                null));
    }
}
