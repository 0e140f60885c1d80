package cn.zwgk.audit.evidence;

import cn.zwgk.audit.json.LocatedJson;
import java.nio.file.Path;

/**
 * Where a record was read: lets cross-record problems (duplicates, dangling names) point at it.
 * One is kept per record, so it holds the record's index, not its pointer text.
 *
 * @param index the record's place in its file's {@code records} array
 */
public record RecordSource(Path file, int index, int line, int column) {

    /** The record's JSON pointer in its file, e.g. {@code /records/3}. */
    public String pointer() {
        return LocatedJson.child("/records", index);
    }

    /** A problem with one field of the record, placed at the record. */
    public Problem problem(String fieldPointer, String reason) {
        return new Problem(file, pointer() + fieldPointer, line, column, reason);
    }
}
