package cn.zwgk.audit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import cn.zwgk.audit.problem.CatalogException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code rules/catalog.json} is a transcription of the seed task table, the bureau's 细化分解表 as
 * handed over, kept verbatim in {@code src/test/resources/seed/}; this proves it is an exact one.
 */
class CatalogMatchesSeedTest {

    private static final Path SEED_DIR = Path.of("src", "test", "resources", "seed");
    private static final Path CATALOG = Path.of("rules", "catalog.json");
    private static final List<String> HEADER = List.of("序号", "任务内容", "牵头单位", "责任单位", "时间节点");

    private static Catalog catalog;

    @BeforeAll
    static void loadCatalog() throws CatalogException {
        catalog = Catalog.load(CATALOG);
    }

    /** The seed table with the catalog's title. */
    private static SeedTable seed() throws IOException {
        List<Path> seedFiles = seedFiles();
        List<Path> matching = new ArrayList<>();
        for (Path file : seedFiles) {
            try (Stream<String> lines = Files.lines(file)) {
                if (lines.findFirst().map(String::strip).orElse("").equals(catalog.title())) {
                    matching.add(file);
                }
            }
        }
        assertThat(matching)
                .as("seed files titled %s among %s", catalog.title(), seedFiles)
                .hasSize(1);
        return SeedTable.parse(matching.get(0));
    }

    private static List<Path> seedFiles() throws IOException {
        try (Stream<Path> files = Files.list(SEED_DIR)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void seedTableHasTheExpectedShape() throws IOException {
        List<Row> rows = seed().rows();
        assertThat(rows).hasSize(34);
        assertThat(rows).extracting(Row::number).doesNotHaveDuplicates();
    }

    @Test
    void everyCellMatchesTheSeed() throws IOException {
        List<Row> fromCatalog =
                catalog.tasks().stream()
                        .map(
                                t ->
                                        new Row(
                                                t.number(),
                                                t.content(),
                                                t.leadUnits(),
                                                t.responsibleUnits(),
                                                t.deadlineText()))
                        .toList();
        assertThat(fromCatalog).containsExactlyElementsOf(seed().rows());
    }

    @Test
    void everyParsedDeadlineAgreesWithItsText() {
        for (CatalogTask task : catalog.tasks()) {
            assertThat(task.deadline())
                    .as("task %d, 时间节点 “%s”", task.number(), task.deadlineText())
                    .isEqualTo(expectedDeadline(task.number(), task.deadlineText()));
        }
    }

    @Test
    void taskThirtyKeepsItsRepeatedCellButHasOneDeadline() {
        CatalogTask task = catalog.task(30).orElseThrow();
        assertThat(task.deadlineText()).isEqualTo("2020.12\n2020.12");
        assertThat(task.deadline()).isEqualTo(new Deadline.MonthEnd(YearMonth.of(2020, 12)));
    }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\.(\\d{1,2})");

    /** This year's table uses four kinds of 时间节点; anything else needs a decision, so it fails. */
    private static Deadline expectedDeadline(int number, String text) {
        if (text.isEmpty()) {
            return new Deadline.InYear();
        }
        if (text.equals("实时")) {
            return new Deadline.Continuous("rulesEffectiveOn");
        }
        if (text.equals("新规出台后1个月内")) {
            return new Deadline.AfterAnchor("rulesIssuedOn", 1);
        }
        List<YearMonth> months =
                text.lines()
                        .map(
                                line -> {
                                    Matcher m = MONTH.matcher(line);
                                    if (!m.matches()) {
                                        fail("task %d: unrecognised 时间节点 “%s”", number, text);
                                    }
                                    return YearMonth.of(
                                            Integer.parseInt(m.group(1)),
                                            Integer.parseInt(m.group(2)));
                                })
                        .distinct()
                        .toList();
        assertThat(months).as("task %d: months in “%s”", number, text).hasSize(1);
        return new Deadline.MonthEnd(months.get(0));
    }

    /** One task row of the seed, cells trimmed. */
    record Row(
            int number,
            String content,
            String leadUnits,
            String responsibleUnits,
            String deadlineText) {}

    /**
     * The seed's layout: the title on the first line; then blocks separated by empty lines, one
     * cell per tab-indented line; a line without the tab continues the cell above (task 30's 时间节点
     * spans two lines). The first block is the header. An empty cell is a bare tab.
     */
    record SeedTable(String title, List<Row> rows) {

        static SeedTable parse(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file);
            String title = lines.get(0).strip();
            List<List<StringBuilder>> blocks = new ArrayList<>();
            List<StringBuilder> block = null;
            for (String line : lines.subList(1, lines.size())) {
                if (line.startsWith("\t")) {
                    if (block == null) {
                        block = new ArrayList<>();
                        blocks.add(block);
                    }
                    block.add(new StringBuilder(line.substring(1)));
                } else if (line.isBlank()) {
                    block = null;
                } else {
                    assertThat(block)
                            .as("%s: continuation line “%s” outside a block", file, line)
                            .isNotNull();
                    block.get(block.size() - 1).append('\n').append(line);
                }
            }
            List<List<String>> cells =
                    blocks.stream()
                            .map(b -> b.stream().map(c -> c.toString().strip()).toList())
                            .toList();
            assertThat(cells.get(0)).as("%s: header", file).isEqualTo(HEADER);
            List<Row> rows = new ArrayList<>();
            for (List<String> row : cells.subList(1, cells.size())) {
                assertThat(row).as("%s: cells of %s", file, row).hasSize(HEADER.size());
                rows.add(
                        new Row(
                                Integer.parseInt(row.get(0)),
                                row.get(1),
                                row.get(2),
                                row.get(3),
                                row.get(4)));
            }
            return new SeedTable(title, rows);
        }
    }
}
