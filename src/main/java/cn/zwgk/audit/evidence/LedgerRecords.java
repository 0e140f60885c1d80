package cn.zwgk.audit.evidence;

import cn.zwgk.audit.facts.EvidenceKind;
import cn.zwgk.audit.json.JsonFiles;
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
 * Problems of the tables themselves (unknown sheet, missing required columns) and of cells that
 * cannot be read in their column's form are reported here, each at its cell; the header row is
 * found and read by {@link LedgerHeader}.
 */
final class LedgerRecords {
    private LedgerRecords() {}

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
        int headerIndex = LedgerHeader.index(kind, table.rows());
        LedgerTable.Row headerRow = table.rows().get(headerIndex);
        Map<Integer, LedgerFormat.Column> byColumn =
                LedgerHeader.columns(file, table, kind, headerRow, noColumns, problems);
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
                        .filter(e -> LedgerHeader.isRowNumber(e.getValue()))
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
}
