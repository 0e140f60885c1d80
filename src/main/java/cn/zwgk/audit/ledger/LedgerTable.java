package cn.zwgk.audit.ledger;

import java.util.List;
import java.util.SortedMap;

/**
 * One table of a ledger file as it stands: a workbook sheet, or a CSV file (no sheet). Its header
 * is one of the first rows, under any titles; rows holding nothing are left out, their numbers
 * kept.
 *
 * @param sheet the sheet's name, or null for a CSV file
 * @param rows the non-empty rows, in order
 */
public record LedgerTable(String sheet, List<Row> rows) {

    /**
     * A row, numbered from 1 as the spreadsheet shows it.
     *
     * @param cells the non-empty cells by column, numbered from 1
     */
    public record Row(int number, SortedMap<Integer, CellValue> cells) {}
}
