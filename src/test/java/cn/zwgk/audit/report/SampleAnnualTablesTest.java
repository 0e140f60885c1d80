package cn.zwgk.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.AuditRules;
import cn.zwgk.audit.Auditor;
import cn.zwgk.audit.verdict.State;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled sample's annual report tables end to end: Table 3 generated from its 61 case records,
 * its published 2020 table agreeing with it, and one deliberately wrong cell caught three ways.
 */
class SampleAnnualTablesTest {
    static Auditor auditor;

    @TempDir Path temp;

    @BeforeAll
    static void rules() throws Exception {
        auditor = new Auditor(AuditRules.load(Path.of("rules")));
    }

    @Test
    void table3OfTheSampleCountsTheCarriedOverCasesAtBothEnds() throws Exception {
        AuditReport.AnnualTables tables =
                auditor.audit(Path.of("sample-data/2020"), null).statistics();

        assertThat(tables.layout()).isEqualTo("国办公开办函〔2019〕60号");
        assertThat(tables.unplacedApplications()).isEmpty();
        assertThat(row(tables.applications(), "一"))
                .as("received in 2020")
                .containsExactly(36, 12, 4, 2, 5, 1, 60);
        assertThat(row(tables.applications(), "二"))
                .as("APP-061, received in December 2019")
                .containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(row(tables.applications(), "三（七）")).containsExactly(37, 11, 4, 2, 5, 1, 60);
        assertThat(row(tables.applications(), "四"))
                .as("APP-060, not yet answered")
                .containsExactly(0, 1, 0, 0, 0, 0, 1);
        assertThat(row(tables.reviews(), "行政复议")).containsExactly(1, 0, 0, 0, 1);
        assertThat(row(tables.reviews(), "未经复议直接起诉")).containsExactly(0, 0, 0, 1, 1);
    }

    @Test
    void theSamplesPublishedTablesBalanceAndMatchTheRecords() throws Exception {
        AuditReport.TaskResult task4 =
                auditor.audit(Path.of("sample-data/2020"), null).tasks().get(3);
        assertThat(task4.state()).isEqualTo(State.PASS);
        assertThat(task4.findings()).extracting(AuditReport.Finding::outcome).containsOnly("PASS");
    }

    @Test
    void oneWrongCellInThePublishedTableGivesAFindingPerBrokenIdentityAndTheDifferingCell()
            throws Exception {
        Path evidence = temp.resolve("evidence");
        Files.createDirectories(evidence);
        try (Stream<Path> files = Files.list(Path.of("sample-data/2020"))) {
            for (Path f : files.toList()) {
                Files.copy(f, evidence.resolve(f.getFileName().toString()));
            }
        }
        Path tables = evidence.resolve("report-tables.json");
        String published = Files.readString(tables);
        String right = "\"三（三）4\": [6, 0, 0, 0, 1, 0, 7]";
        assertThat(published).containsOnlyOnce(right);
        Files.writeString(tables, published.replace(right, "\"三（三）4\": [5, 0, 0, 0, 1, 0, 7]"));

        AuditReport.TaskResult task4 = auditor.audit(evidence, null).tasks().get(3);

        assertThat(task4.state()).isEqualTo(State.FAIL);
        assertThat(task4.findings())
                .filteredOn(f -> f.outcome().equals("FAIL"))
                .extracting(AuditReport.Finding::message)
                .containsExactlyInAnyOrder(
                        "2020 年度年报表三“自然人”列：（七）总计 37，而（一）至（六）各行之和 36",
                        "2020 年度年报表三“（三）不予公开 4.保护第三方合法权益”行：总计 7，而自然人至其他各列之和 6",
                        "2020 年度年报表三与 61 件办理记录生成的表三有 1 格不一致：“（三）不予公开 4.保护第三方合法权益”行“自然人”列"
                                + " 年报 5、办理记录 6");
    }

    private static List<Integer> row(AuditReport.StatisticsGrid grid, String key) {
        return grid.rows().stream()
                .filter(r -> r.key().equals(key))
                .findFirst()
                .orElseThrow()
                .values();
    }
}
