package cn.zwgk.audit.report;

import cn.zwgk.audit.facts.Application.Outcome;
import cn.zwgk.audit.facts.ReportLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A table as a printed form draws it: header cells spanning the columns they group, label cells
 * spanning the rows they group. Tables 3 and 4 of the 政府信息公开工作年度报告 are laid out here as the
 * national format prints them, so the appendix and the HTML page draw the same shape; Markdown
 * cannot merge cells and prints the model's grid flat. A cell covered by another's span is left
 * out, as in HTML; {@link #placed} gives every position its covering cell, as Word needs.
 *
 * @param width the number of grid columns
 * @param header the header rows, repeated on every page
 * @param body the body rows
 */
record PrintedTable(int width, List<List<Cell>> header, List<List<Cell>> body) {

    /**
     * How a cell reads: a heading, a label (running text, set left) or a value (short, centred or
     * right).
     */
    enum Role {
        HEADING,
        LABEL,
        VALUE
    }

    record Cell(String text, int columns, int rows, Role role) {
        static Cell heading(String text, int columns, int rows) {
            return new Cell(text, columns, rows, Role.HEADING);
        }

        static Cell label(String text, int columns, int rows) {
            return new Cell(text, columns, rows, Role.LABEL);
        }

        static Cell value(String text) {
            return new Cell(text, 1, 1, Role.VALUE);
        }
    }

    /**
     * A cell at a grid position: the cell covering it, and whether the position is where the cell
     * starts.
     */
    record Placed(Cell cell, boolean firstRow, boolean firstColumn) {}

    /** One heading per column, one cell per value; {@code labelColumns} hold running text. */
    static PrintedTable flat(
            List<String> columns, List<List<String>> rows, List<Integer> labelColumns) {
        List<List<Cell>> body =
                rows.stream()
                        .map(
                                row -> {
                                    List<Cell> cells = new ArrayList<>();
                                    for (int c = 0; c < row.size(); c++) {
                                        cells.add(
                                                labelColumns.contains(c)
                                                        ? Cell.label(row.get(c), 1, 1)
                                                        : Cell.value(row.get(c)));
                                    }
                                    return List.copyOf(cells);
                                })
                        .toList();
        return new PrintedTable(
                columns.size(),
                List.of(columns.stream().map(c -> Cell.heading(c, 1, 1)).toList()),
                body);
    }

    /** Every table of the annual report in its printed form. */
    static List<PrintedTable> annual(AuditReport.AnnualTables tables) {
        return List.of(
                proactive(tables.proactive()),
                applications(tables.applications(), tables.layout()),
                reviews(tables.reviews()));
    }

    /**
     * Table 2 as the format prints it: one table as wide as its widest section, each section headed
     * by its item of 条例第二十条 across the table, then 信息内容 and the section's columns, the last column
     * spanning what the section does not use. A cell the evidence does not give reads 【待填写】.
     */
    static PrintedTable proactive(AuditReport.ProactiveTable table) {
        int width = 1 + table.sections().stream().mapToInt(s -> s.columns().size()).max().orElse(1);
        List<List<Cell>> body = new ArrayList<>();
        for (AuditReport.ProactiveSection section : table.sections()) {
            body.add(List.of(Cell.heading(section.item(), width, 1)));
            List<String> headings = new ArrayList<>();
            headings.add(table.rowHeading());
            headings.addAll(section.columns());
            body.add(spread(headings, width, true));
            for (AuditReport.ProactiveRow row : section.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(row.label());
                row.values().forEach(v -> cells.add(TaskText.value(v)));
                body.add(spread(cells, width, false));
            }
        }
        return new PrintedTable(width, List.of(), List.copyOf(body));
    }

    /** One row's cells, the last widened to fill the table; the first a label unless a heading. */
    private static List<Cell> spread(List<String> texts, int width, boolean heading) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            int columns = i == texts.size() - 1 ? width - i : 1;
            cells.add(
                    heading
                            ? Cell.heading(texts.get(i), columns, 1)
                            : i == 0
                                    ? Cell.label(texts.get(i), columns, 1)
                                    : new Cell(texts.get(i), columns, 1, Role.VALUE));
        }
        return List.copyOf(cells);
    }

    /**
     * Table 3: three label columns (the part, the outcome, the outcome's reason) under 项目, and the
     * counts under 申请人情况 › 自然人 / 法人或其他组织 › its five kinds / 总计.
     */
    static PrintedTable applications(AuditReport.StatisticsGrid grid, String document) {
        int labels = 3;
        List<String> columns = grid.columns();
        List<Cell> groups = new ArrayList<>();
        List<Cell> grouped = new ArrayList<>();
        for (String column : columns) {
            if (!ReportLayout.ORGANISATION_COLUMNS.contains(column)) {
                groups.add(Cell.heading(column, 1, 2));
            } else {
                if (grouped.isEmpty()) {
                    groups.add(
                            Cell.heading(
                                    ReportLayout.ORGANISATIONS,
                                    (int)
                                            columns.stream()
                                                    .filter(
                                                            ReportLayout.ORGANISATION_COLUMNS
                                                                    ::contains)
                                                    .count(),
                                    1));
                }
                grouped.add(Cell.heading(column, 1, 1));
            }
        }
        List<List<Cell>> header =
                List.of(
                        List.of(
                                Cell.heading(grid.rowHeading(), labels, 3),
                                Cell.heading(ReportLayout.APPLICANTS, columns.size(), 1)),
                        List.copyOf(groups),
                        List.copyOf(grouped));

        Map<String, ReportLayout.Row> layout =
                ReportLayout.ofDocument(document).map(ReportLayout::rows).orElse(List.of()).stream()
                        .collect(Collectors.toMap(ReportLayout.Row::key, Function.identity()));
        Function<AuditReport.GridRow, Optional<ReportLayout.Row>> result =
                row ->
                        Optional.ofNullable(layout.get(row.key()))
                                .filter(
                                        r ->
                                                r.isResult()
                                                        || r.key()
                                                                .equals(
                                                                        ReportLayout
                                                                                .RESULTS_TOTAL));
        Map<Outcome, Long> perOutcome =
                grid.rows().stream()
                        .map(result)
                        .flatMap(Optional::stream)
                        .filter(ReportLayout.Row::isResult)
                        .collect(
                                Collectors.groupingBy(
                                        ReportLayout.Row::outcome,
                                        LinkedHashMap::new,
                                        Collectors.counting()));
        int results = (int) grid.rows().stream().map(result).filter(Optional::isPresent).count();

        List<List<Cell>> body = new ArrayList<>();
        boolean resultsStarted = false;
        Outcome outcomeStarted = null;
        for (AuditReport.GridRow row : grid.rows()) {
            List<Cell> cells = new ArrayList<>();
            Optional<ReportLayout.Row> printed = result.apply(row);
            if (printed.isEmpty()) {
                cells.add(Cell.label(row.label(), labels, 1));
            } else {
                if (!resultsStarted) {
                    cells.add(Cell.label(ReportLayout.RESULTS_HEADING, 1, results));
                    resultsStarted = true;
                }
                ReportLayout.Row r = printed.get();
                if (r.reason() == null) {
                    cells.add(Cell.label(row.label(), labels - 1, 1));
                } else {
                    if (r.outcome() != outcomeStarted) {
                        cells.add(
                                Cell.label(
                                        ReportLayout.heading(r.outcome()),
                                        1,
                                        perOutcome.get(r.outcome()).intValue()));
                        outcomeStarted = r.outcome();
                    }
                    cells.add(Cell.label(r.item(), 1, 1));
                }
            }
            row.values().forEach(v -> cells.add(Cell.value(String.valueOf(v))));
            body.add(List.copyOf(cells));
        }
        return new PrintedTable(labels + columns.size(), header, List.copyOf(body));
    }

    /**
     * Table 4 as the format prints it, one wide row: 行政复议's results, then 行政诉讼 split into its kinds
     * of case, each with the same result columns.
     */
    static PrintedTable reviews(AuditReport.StatisticsGrid grid) {
        int span = grid.columns().size();
        List<Cell> top = new ArrayList<>();
        List<Cell> middle = new ArrayList<>();
        List<Cell> bottom = new ArrayList<>();
        List<Cell> values = new ArrayList<>();
        long lawsuits =
                grid.rows().stream()
                        .filter(r -> ReportLayout.LITIGATION_ROWS.contains(r.key()))
                        .count();
        for (AuditReport.GridRow row : grid.rows()) {
            boolean lawsuit = ReportLayout.LITIGATION_ROWS.contains(row.key());
            if (!lawsuit) {
                top.add(Cell.heading(row.label(), span, 1));
                grid.columns().forEach(c -> middle.add(Cell.heading(c, 1, 2)));
            } else {
                if (top.stream().noneMatch(c -> c.text().equals(ReportLayout.LITIGATION))) {
                    top.add(Cell.heading(ReportLayout.LITIGATION, (int) (span * lawsuits), 1));
                }
                middle.add(Cell.heading(row.label(), span, 1));
                grid.columns().forEach(c -> bottom.add(Cell.heading(c, 1, 1)));
            }
            row.values().forEach(v -> values.add(Cell.value(String.valueOf(v))));
        }
        return new PrintedTable(
                span * grid.rows().size(),
                List.of(List.copyOf(top), List.copyOf(middle), List.copyOf(bottom)),
                List.of(List.copyOf(values)));
    }

    /** Every row, header first, with each grid position's covering cell. */
    List<List<Placed>> placed() {
        List<List<Cell>> rows = new ArrayList<>(header);
        rows.addAll(body);
        Placed[][] grid = new Placed[rows.size()][width];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Cell cell : rows.get(r)) {
                while (grid[r][c] != null) {
                    c++;
                }
                for (int dr = 0; dr < cell.rows(); dr++) {
                    for (int dc = 0; dc < cell.columns(); dc++) {
                        grid[r + dr][c + dc] = new Placed(cell, dr == 0, dc == 0);
                    }
                }
                c += cell.columns();
            }
        }
        return Arrays.stream(grid).map(List::of).toList();
    }
}
