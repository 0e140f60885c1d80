package cn.zwgk.audit.evidence;

import java.nio.file.Path;

/** Where a record was read: lets cross-record problems (duplicates, dangling names) point at it. */
public record RecordSource(Path file, String pointer, int line, int column) {

    /** A problem with one field of the record, placed at the record. */
    public Problem problem(String fieldPointer, String reason) {
        return new Problem(file, pointer + fieldPointer, line, column, reason);
    }
}
