package cn.zwgk.audit.evidence;

import cn.zwgk.audit.facts.EvidenceKind;
import cn.zwgk.audit.json.JsonFiles;
import cn.zwgk.audit.ledger.CellValue;
import cn.zwgk.audit.ledger.LedgerFiles;
import cn.zwgk.audit.ledger.LedgerFormat;
import cn.zwgk.audit.ledger.LedgerTable;
import cn.zwgk.audit.ledger.UnreadableCell;
import cn.zwgk.audit.problem.Location;
import cn.zwgk.audit.problem.Problem;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Reads the tables of a ledger file ({@code .xlsx} or {@code .csv}) into the JSON each record would
 * have in an evidence file, so that the loader binds and checks them exactly as it does JSON.
 * Problems of the tables themselves (unknown sheet or columns, missing required columns) and of
 * cells that cannot be read in their column's form are reported here, each at its cell.
 */
final class LedgerRecords {
    private LedgerRecords() {}

    /** How many non-empty rows at the top of a table may hold titles and the header. */
    static final int HEADER_SEARCH_ROWS = 10;

    /**
     * One data row: its record as JSON, where it is, and the fields whose cells could not be read
     * (already reported, so not reported again as missing).
     */
    record Row(EvidenceKind kind, ObjectNode json, Location.InTable at, Set<String> unreadable) {}

    static List<Row> read(Path file, List<Problem> problems) {
        List<LedgerTable> tables;
        try {
            tables = LedgerFiles.read(file);
        } catch (JsonFiles.NotUtf8Exception e) {
            problems.add(
                    new Problem(
                            file,
                            "",
                            e.line(),
                            e.column(),
                            e.reason() + "；在 Excel 中可另存为“CSV UTF-8（逗号分隔）”"));
            return List.of();
        } catch (LedgerFiles.UnreadableFile e) {
            problems.add(new Problem(file, "", e.line(), e.line() > 0 ? 1 : 0, e.getMessage()));
            return List.of();
        } catch (IOException e) {
            problems.add(
                    new Problem(
                            file,
                            "",
                            0,
                            0,
                            e instanceof JsonFiles.TooLargeException
                                    ? e.getMessage()
                                    : "无法读取文件：" + e.getMessage()));
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (LedgerTable table : tables) {
            readTable(file, table, rows, problems);
        }
        return rows;
    }

    private static void readTable(
            Path file, LedgerTable table, List<Row> rows, List<Problem> problems) {
        Optional<EvidenceKind> found =
                table.sheet() == null
                        ? LedgerFormat.kindOfCsv(file.getFileName().toString())
                        : LedgerFormat.kindOfSheet(table.sheet());
        Map<String, String> labels = new LinkedHashMap<>();
        found.ifPresent(
                k -> LedgerFormat.columns(k).forEach(c -> labels.put(c.field(), c.label())));
        Location.Header noColumns = new Location.Header(Map.of(), labels);
        if (found.isEmpty()) {
            problems.add(
                    new Problem(
                            file,
                            new Location.InTable(table.sheet(), 0, 0, "", noColumns),
                            table.sheet() == null
                                    ? "文件名不是已知的证据种类：应为“种类.csv”或“种类-任意文字.csv”，种类可用："
                                            + LedgerFormat.kindNames()
                                    : "工作表名不是已知的证据种类（可用：" + LedgerFormat.kindNames() + "）"));
            return;
        }
        if (table.rows().isEmpty()) {
            return;
        }
        EvidenceKind kind = found.get();
        int headerIndex = headerIndex(kind, table.rows());
        LedgerTable.Row headerRow = table.rows().get(headerIndex);
        Map<Integer, LedgerFormat.Column> byColumn =
                header(file, table, kind, headerRow, noColumns, problems);
        Map<String, Integer> columnOf =
                byColumn.entrySet().stream()
                        .collect(Collectors.toMap(e -> e.getValue().field(), Map.Entry::getKey));
        Location.Header header = new Location.Header(columnOf, labels);
        List<String> missing =
                LedgerFormat.columns(kind).stream()
                        .filter(c -> c.required() && !columnOf.containsKey(c.field()))
                        .map(LedgerFormat.Column::label)
                        .toList();
        if (!missing.isEmpty()) {
            // Every row would lack the same fields; one problem at the header says it, and why no
            // row is read.
            problems.add(
                    new Problem(
                            file,
                            new Location.InTable(table.sheet(), headerRow.number(), 0, "", header),
                            "缺少必填列 " + String.join("、", missing) + "，本表各行未读取"));
            return;
        }
        Set<Integer> unnamed = new HashSet<>();
        Set<Integer> rowNumbers =
                headerRow.cells().entrySet().stream()
                        .filter(e -> isRowNumberHeader(e.getValue()))
                        .map(Map.Entry::getKey)
                        .collect(Collectors.toSet());
        for (LedgerTable.Row row : table.rows().subList(headerIndex + 1, table.rows().size())) {
            if (rowNumbers.containsAll(row.cells().keySet())) {
                // Ledgers are often numbered ahead of use: a row with nothing but its 序号 is an
                // empty row.
                continue;
            }
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            Set<String> unreadable = new HashSet<>();
            BiFunction<Integer, String, Location> cellAt =
                    (column, pointer) ->
                            new Location.InTable(
                                    table.sheet(), row.number(), column, pointer, header);
            row.cells()
                    .forEach(
                            (column, cell) -> {
                                LedgerFormat.Column c = byColumn.get(column);
                                if (c == null) {
                                    if (!headerRow.cells().containsKey(column)
                                            && unnamed.add(column)) {
                                        problems.add(
                                                new Problem(
                                                        file,
                                                        cellAt.apply(column, ""),
                                                        "此列有数据但没有列名，无法知道是哪个字段"));
                                    }
                                    return;
                                }
                                try {
                                    json.set(c.field(), c.form().read(cell));
                                } catch (UnreadableCell e) {
                                    unreadable.add(c.field());
                                    problems.add(
                                            new Problem(
                                                    file,
                                                    cellAt.apply(column, "/" + c.field()),
                                                    e.reason()));
                                }
                            });
            rows.add(
                    new Row(
                            kind,
                            json,
                            new Location.InTable(table.sheet(), row.number(), 0, "", header),
                            unreadable));
        }
    }

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
    private static int headerIndex(EvidenceKind kind, List<LedgerTable.Row> rows) {
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
            if (isRowNumberHeader(cell)) {
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

    private static boolean isRowNumberHeader(CellValue cell) {
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
    private static Map<Integer, LedgerFormat.Column> header(
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
                            if (isRowNumberHeader(cell)) {
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
