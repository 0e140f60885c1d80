package cn.zwgk.audit.evidence;

import cn.zwgk.audit.facts.EvidenceKind;
import cn.zwgk.audit.ledger.CellValue;
import cn.zwgk.audit.ledger.LedgerFormat;
import cn.zwgk.audit.ledger.LedgerTable;
import cn.zwgk.audit.problem.Location;
import cn.zwgk.audit.problem.Problem;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The header row of a ledger table: which row it is (below any titles), and which column holds
 * which field. A {@code 序号} column is recognised and read past.
 */
final class LedgerHeader {
    private LedgerHeader() {}

    /** How many non-empty rows at the top of a table may hold titles and the header. */
    static final int HEADER_SEARCH_ROWS = 10;

    /**
     * Which of the non-empty rows is the header. Office ledgers often carry a title (a merged
     * “2020年依申请公开办理台账”) or a note above it, so the header is the first of the first {@link
     * #HEADER_SEARCH_ROWS} non-empty rows that names nothing but the kind's columns and names every
     * required one: a title or note cannot pass for it, nor can a data row, and the required
     * columns are what a table cannot be read without anyway (a “majority of columns” rule would
     * refuse real ledgers that keep only the columns they need). The rows above it are titles.
     * Failing that, a row naming nothing but columns is still the header, so that a table missing a
     * required column under a title is told so rather than that its title is an unknown column;
     * failing that too, the first row is, and its unknown cells are reported.
     */
    static int index(EvidenceKind kind, List<LedgerTable.Row> rows) {
        List<LedgerTable.Row> candidates =
                rows.subList(0, Math.min(HEADER_SEARCH_ROWS, rows.size()));
        Set<String> required =
                LedgerFormat.columns(kind).stream()
                        .filter(LedgerFormat.Column::required)
                        .map(LedgerFormat.Column::field)
                        .collect(Collectors.toSet());
        int onlyColumns = -1;
        for (int i = 0; i < candidates.size(); i++) {
            Optional<Set<String>> named = namedFields(kind, candidates.get(i));
            if (named.isPresent() && named.get().containsAll(required)) {
                return i;
            }
            if (named.isPresent() && onlyColumns < 0) {
                onlyColumns = i;
            }
        }
        return Math.max(onlyColumns, 0);
    }

    /** The fields a row's cells name, if every cell names a column of the kind. */
    private static Optional<Set<String>> namedFields(EvidenceKind kind, LedgerTable.Row row) {
        Set<String> fields = new HashSet<>();
        for (CellValue cell : row.cells().values()) {
            if (isRowNumber(cell)) {
                continue;
            }
            Optional<LedgerFormat.Column> column = columnNamedBy(kind, cell);
            if (column.isEmpty()) {
                return Optional.empty();
            }
            fields.add(column.get().field());
        }
        return Optional.of(fields);
    }

    static boolean isRowNumber(CellValue cell) {
        return cell instanceof CellValue.Text t
                && t.text().strip().equals(LedgerFormat.ROW_NUMBER_HEADER);
    }

    private static Optional<LedgerFormat.Column> columnNamedBy(EvidenceKind kind, CellValue cell) {
        return cell instanceof CellValue.Text t
                ? LedgerFormat.columns(kind).stream()
                        .filter(c -> c.isNamedBy(t.text().strip()))
                        .findFirst()
                : Optional.empty();
    }

    /** The columns the header names, by column; reports unknown, repeated and non-text headers. */
    static Map<Integer, LedgerFormat.Column> columns(
            Path file,
            LedgerTable table,
            EvidenceKind kind,
            LedgerTable.Row headerRow,
            Location.Header noColumns,
            List<Problem> problems) {
        Map<Integer, LedgerFormat.Column> byColumn = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        headerRow
                .cells()
                .forEach(
                        (column, cell) -> {
                            Location at =
                                    new Location.InTable(
                                            table.sheet(),
                                            headerRow.number(),
                                            column,
                                            "",
                                            noColumns);
                            String name =
                                    cell instanceof CellValue.Text t ? t.text().strip() : null;
                            Optional<LedgerFormat.Column> match = columnNamedBy(kind, cell);
                            if (isRowNumber(cell)) {
                                // Its cells are row numbers: read past, like the header says.
                                return;
                            }
                            if (name == null) {
                                problems.add(new Problem(file, at, "列名应为文本"));
                                return;
                            }
                            if (match.isEmpty()) {
                                problems.add(
                                        new Problem(
                                                file,
                                                at,
                                                "未知列“"
                                                        + name
                                                        + "”（"
                                                        + kind.label()
                                                        + "可用的列："
                                                        + LedgerFormat.columns(kind).stream()
                                                                .map(LedgerFormat.Column::label)
                                                                .collect(Collectors.joining("、"))
                                                        + "）"));
                                return;
                            }
                            Integer first = seen.putIfAbsent(match.get().field(), column);
                            if (first != null) {
                                problems.add(
                                        new Problem(
                                                file,
                                                at,
                                                "列“"
                                                        + name
                                                        + "”与 "
                                                        + Location.InTable.a1(
                                                                first, headerRow.number())
                                                        + " 是同一字段（"
                                                        + match.get().label()
                                                        + "）"));
                                return;
                            }
                            byColumn.put(column, match.get());
                        });
        return byColumn;
    }
}
