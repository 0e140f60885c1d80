package cn.zwgk.audit.problem;

import java.util.Map;

/**
 * Where in an input file a problem is: a value of a JSON file, a cell of a ledger table (a workbook
 * sheet or a CSV file), or a place in a rule file. Each says it the way its file is navigated: JSON
 * by line, column and pointer, a table by A1 cell and the column's Chinese header.
 */
public sealed interface Location
        permits Location.InJson, Location.JsonRecord, Location.InTable, Location.InText {

    /**
     * The place of the field at {@code fieldPointer}, a JSON pointer relative to the record found
     * here.
     */
    Location field(String fieldPointer);

    /**
     * The JSON pointer of the value, or for a cell the field's pointer within its record; "" for
     * none.
     */
    String pointer();

    /**
     * Line of a JSON file, or row of a table (from 1); 0 when the problem is with the file as a
     * whole.
     */
    int line();

    /** Character column of a JSON file, or column of a table (from 1); 0 when none. */
    int column();

    /**
     * The text between the file name and the reason: {@code ":3:5: /records/0/id: "} or {@code ":
     * 表!D7: 收到日期: "}.
     */
    String describe();

    /** A value of a JSON file. */
    record InJson(String pointer, int line, int column) implements Location {
        @Override
        public Location field(String fieldPointer) {
            return new InJson(pointer + fieldPointer, line, column);
        }

        @Override
        public String describe() {
            return (line > 0 ? ":" + line + ":" + column : "")
                    + ": "
                    + (pointer.isEmpty() ? "" : pointer + ": ");
        }
    }

    /**
     * A place in a rule file. Line and column are shown even when 0 (nothing better known), the
     * form rule checks have always printed.
     */
    record InText(int line, int column) implements Location {
        @Override
        public String pointer() {
            return "";
        }

        /** A rule file has no fields: the place stays the same. */
        @Override
        public Location field(String fieldPointer) {
            return this;
        }

        @Override
        public String describe() {
            return ":" + line + ":" + column + ": ";
        }
    }

    /**
     * A record of a JSON evidence file, by its place in {@code records}. One is kept for every
     * record read (a million in a large audit), so it holds the index rather than its pointer's
     * text.
     */
    record JsonRecord(int index, int line, int column) implements Location {
        @Override
        public String pointer() {
            return "/records/" + index;
        }

        @Override
        public Location field(String fieldPointer) {
            return new InJson(pointer() + fieldPointer, line, column);
        }

        @Override
        public String describe() {
            return field("").describe();
        }
    }

    /**
     * A cell of a ledger table.
     *
     * @param sheet the workbook sheet, or null for a CSV file
     * @param row the row from 1, or 0 for the table as a whole
     * @param column the column from 1, or 0 for the row as a whole
     * @param pointer the field of the record this cell holds ("" for none)
     * @param header the table's columns, by which a record's field is placed in its row
     */
    record InTable(String sheet, int row, int column, String pointer, Header header)
            implements Location {
        @Override
        public int line() {
            return row;
        }

        @Override
        public Location field(String fieldPointer) {
            return new InTable(
                    sheet, row, header.columnOf(topField(fieldPointer)), fieldPointer, header);
        }

        @Override
        public String describe() {
            String table = sheet == null ? "" : sheet;
            String cell =
                    row == 0
                            ? table
                            : column == 0
                                    ? table + (sheet == null ? "" : " ") + "第 " + row + " 行"
                                    : (sheet == null ? "" : table + "!") + a1(column, row);
            String field = pointer.isEmpty() ? "" : header.labelOf(pointer) + ": ";
            return ": " + (cell.isEmpty() ? "" : cell + ": ") + field;
        }

        /** The A1-style name of a cell: column letters, then the row. */
        public static String a1(int column, int row) {
            StringBuilder letters = new StringBuilder();
            for (int c = column; c > 0; c = (c - 1) / 26) {
                letters.insert(0, (char) ('A' + (c - 1) % 26));
            }
            return letters.toString() + row;
        }
    }

    /**
     * The columns of a ledger table: where each field's column is, and the label it is shown by.
     *
     * @param columns field name to column (from 1), for the fields the table has a column for
     * @param labels field name to its Chinese label, for every field of the table's kind
     */
    record Header(Map<String, Integer> columns, Map<String, String> labels) {
        int columnOf(String field) {
            return columns.getOrDefault(field, 0);
        }

        /**
         * The label of a field, with the element's position for a field inside a list, e.g. 参与单位（第
         * 2 项）.
         */
        String labelOf(String fieldPointer) {
            String field = topField(fieldPointer);
            String label = labels.getOrDefault(field, field);
            String rest =
                    fieldPointer.substring(Math.min(fieldPointer.length(), field.length() + 1));
            if (rest.length() > 1) {
                String[] parts = rest.substring(1).split("/", 2);
                if (parts[0].chars().allMatch(Character::isDigit)) {
                    label += "（第 " + (Integer.parseInt(parts[0]) + 1) + " 项）";
                }
            }
            return label;
        }
    }

    /** The record's own field a pointer starts with: {@code "/units/1"} → {@code "units"}. */
    private static String topField(String fieldPointer) {
        int end = fieldPointer.indexOf('/', 1);
        return fieldPointer.isEmpty()
                ? ""
                : fieldPointer.substring(1, end < 0 ? fieldPointer.length() : end);
    }
}
