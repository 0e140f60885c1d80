package cn.zwgk.audit.evidence;

import cn.zwgk.audit.problem.Location;
import cn.zwgk.audit.problem.Problem;
import java.nio.file.Path;

/** Where a record was read: lets cross-record problems (duplicates, dangling names) point at it. */
public record RecordSource(Path file, Location location) {

    /**
     * A problem with one field of the record, placed at the record (JSON) or at the field's cell
     * (ledger).
     */
    public Problem problem(String fieldPointer, String reason) {
        return new Problem(file, location.field(fieldPointer), reason);
    }

    /** How a person finds the record: {@code file:line:column}, or {@code file: sheet 第 7 行}. */
    public String describe() {
        return location instanceof Location.InTable
                ? file + location.describe().replaceFirst(": $", "")
                : file + ":" + location.line() + ":" + location.column();
    }
}
