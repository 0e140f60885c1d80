package cn.zwgk.audit.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of counts with named rows and columns, as a published report prints it or as the auditor
 * generates it. A cell left blank in a published table is not given, not 0: {@link #cell} reads it
 * as 0 for printing, while {@link #given}, {@link #givenSum} and {@link #givenRowSum}, with which
 * DRL rules state the format's identities, have no value for it, so an identity that needs it is
 * not checked.
 */
public final class StatisticsTable {
    private final List<String> rows;
    private final List<String> columns;
    private final Map<String, int[]> cells;
    private final List<Cell> blanks;

    /**
     * @param cells per row, one count per column; rows absent are all zero
     */
    public StatisticsTable(List<String> rows, List<String> columns, Map<String, int[]> cells) {
        this(rows, columns, cells, List.of());
    }

    /**
     * @param cells per row, one count per column; rows absent are all zero
     * @param blanks the cells a published table left blank (read as 0 by {@link #cell})
     */
    public StatisticsTable(
            List<String> rows, List<String> columns, Map<String, int[]> cells, List<Cell> blanks) {
        this.blanks = List.copyOf(blanks);
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

    /** A cell of a table, by row and column. */
    public record Cell(String row, String column) {}

    /** The cells left blank, row by row. */
    public List<Cell> blanks() {
        return blanks;
    }

    /** The count in a cell, or null when it was left blank. */
    public Integer given(String row, String column) {
        return blanks.contains(new Cell(row, column)) ? null : cell(row, column);
    }

    /** The sum of some rows in one column, or null when one of them was left blank. */
    public Integer givenSum(List<String> someRows, String column) {
        return someRows.stream().anyMatch(r -> blanks.contains(new Cell(r, column)))
                ? null
                : sum(someRows, column);
    }

    /** The sum of some columns in one row, or null when one of them was left blank. */
    public Integer givenRowSum(String row, List<String> someColumns) {
        return someColumns.stream().anyMatch(c -> blanks.contains(new Cell(row, c)))
                ? null
                : rowSum(row, someColumns);
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

    /**
     * The cells where {@code other} holds a different count, row by row; a blank cell gives nothing
     * to compare.
     */
    public List<Difference> differences(StatisticsTable other) {
        List<Difference> found = new ArrayList<>();
        for (String row : rows) {
            for (String column : columns) {
                if (blanks.contains(new Cell(row, column))) {
                    continue;
                }
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
