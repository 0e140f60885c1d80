package cn.zwgk.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.report.AuditReport.Finding;
import cn.zwgk.audit.report.AuditReport.TaskResult;
import cn.zwgk.audit.report.AuditReport.UnitResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A task of a large organisation rests on hundreds of thousands of records: the formats for reading
 * list the first ids and the total, the formats for machines keep every id.
 */
class ShownIdsTest {

    @Test
    void readingFormatsListTheFirstIdsAndTheTotalMachineFormatsKeepAll() throws Exception {
        AuditReport report = citing(ids(ShownIds.MAX_SHOWN + 1));
        String rest = "等共 201 条（完整编号见 report.json 或 findings.csv）";

        // Each place that lists them lists the first ids, then the total: in Markdown the unit's
        // row
        // and the finding, in HTML also the task.
        for (var listings : java.util.Map.of("md", 2, "html", 3).entrySet()) {
            String text = render(listings.getKey(), report);
            assertThat(text)
                    .as(listings.getKey())
                    .contains("CD-0200", rest)
                    .doesNotContain("CD-0201");
            assertThat(text.split(rest, -1)).as(listings.getKey()).hasSize(listings.getValue() + 1);
        }
        for (String format : List.of("json", "csv")) {
            assertThat(render(format, report)).as(format).contains("CD-0201").doesNotContain("等共");
        }
    }

    @Test
    void aListUpToTheLimitIsShownWhole() throws Exception {
        AuditReport report = citing(ids(ShownIds.MAX_SHOWN));

        for (String format : List.of("md", "html")) {
            assertThat(render(format, report)).as(format).contains("CD-0200").doesNotContain("等共");
        }
    }

    private static List<String> ids(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> String.format("CD-%04d", i)).toList();
    }

    /**
     * The sample report with its first per-unit task, that task's first unit and finding citing
     * {@code ids}.
     */
    private static AuditReport citing(List<String> ids) {
        AuditReport r = Fixtures.sample();
        int task =
                r.tasks().stream()
                        .filter(t -> !t.units().isEmpty() && !t.findings().isEmpty())
                        .findFirst()
                        .orElseThrow()
                        .number();
        return Fixtures.withTexts(
                r,
                new Fixtures.Texts() {
                    @Override
                    public List<String> taskEvidence(TaskResult t) {
                        return t.number() == task ? ids : t.evidenceIds();
                    }

                    @Override
                    public List<String> unitEvidence(TaskResult t, int index, UnitResult u) {
                        return t.number() == task && index == 0 ? ids : u.evidenceIds();
                    }

                    @Override
                    public List<String> findingEvidence(TaskResult t, int index, Finding f) {
                        return t.number() == task && index == 0 ? ids : f.evidenceIds();
                    }
                });
    }

    private static String render(String format, AuditReport report) throws Exception {
        return new String(
                Renderers.byFormat(format).orElseThrow().render(report), StandardCharsets.UTF_8);
    }
}
