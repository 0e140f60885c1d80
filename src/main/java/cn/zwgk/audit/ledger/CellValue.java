package cn.zwgk.audit.ledger;

import java.time.LocalDateTime;

/** What one non-empty cell of a ledger table holds, as its workbook or CSV file has it. */
public sealed interface CellValue {

    /** Text, as typed; a CSV file holds nothing else. */
    record Text(String text) implements CellValue {}

    /** A number not shown as a date. */
    record Number(double value) implements CellValue {}

    /**
     * A cell Excel shows as a date or time (it stores them as numbers), read in the workbook's date
     * system.
     */
    record Moment(LocalDateTime value) implements CellValue {}

    /** A TRUE/FALSE cell. */
    record Bool(boolean value) implements CellValue {}

    /** An error value such as {@code #N/A} left by a formula. */
    record Error(String code) implements CellValue {}
}
