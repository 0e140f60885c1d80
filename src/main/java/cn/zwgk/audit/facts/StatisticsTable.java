package cn.zwgk.audit.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of counts with named rows and columns, as a published report prints it or as the auditor
 * generates it; a cell not given reads as 0, as a blank cell in a published table does. DRL rules
 * state the format's identities with {@link #cell} and {@link #sum}.
 */
public final class StatisticsTable {
    private final List<String> rows;
    private final List<String> columns;
    private final Map<String, int[]> cells;

    /**
     * @param cells per row, one count per column; rows absent are all zero
     */
    public StatisticsTable(List<String> rows, List<String> columns, Map<String, int[]> cells) {
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.cells = new LinkedHashMap<>();
        for (String row : rows) {
            int[] given = cells.get(row);
            this.cells.put(row, given == null ? new int[columns.size()] : given.clone());
        }
    }

    public List<String> rows() {
        return rows;
    }

    public List<String> columns() {
        return columns;
    }

    public int cell(String row, String column) {
        int[] values = cells.get(row);
        int at = columns.indexOf(column);
        if (values == null || at < 0) {
            throw new IllegalArgumentException("表中没有“" + row + "”行或“" + column + "”列");
        }
        return values[at];
    }

    /** The sum of some rows in one column. */
    public int sum(List<String> someRows, String column) {
        return someRows.stream().mapToInt(r -> cell(r, column)).sum();
    }

    /** The sum of some columns in one row. */
    public int rowSum(String row, List<String> someColumns) {
        return someColumns.stream().mapToInt(c -> cell(row, c)).sum();
    }

    /** One row's counts, in column order. */
    public List<Integer> row(String row) {
        return columns.stream().map(c -> cell(row, c)).toList();
    }

    /** How {@code zwgk explain} shows a bound table: its shape, its cells being in the report. */
    @Override
    public String toString() {
        return rows.size() + " 行 × " + columns.size() + " 列的统计表";
    }

    /** A cell where two tables of the same shape disagree. */
    public record Difference(String row, String column, int here, int there) {}

    /** The cells where {@code other} holds a different count, row by row. */
    public List<Difference> differences(StatisticsTable other) {
        List<Difference> found = new ArrayList<>();
        for (String row : rows) {
            for (String column : columns) {
                int here = cell(row, column);
                int there = other.cell(row, column);
                if (here != there) {
                    found.add(new Difference(row, column, here, there));
                }
            }
        }
        return found;
    }
}
