package cn.zwgk.audit.evidence;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One thing wrong with the evidence, located precisely enough to fix: file, JSON pointer, line and
 * column (0 when unknown), and the reason in words.
 */
public record Problem(Path file, String pointer, int line, int column, String reason) {

    /** Orders problems the way a reader walks the files: by file, then by position. */
    public static final Comparator<Problem> READING_ORDER = Comparator
            .comparing((Problem p) -> p.file().toString())
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::pointer)
            .thenComparing(Problem::reason);

    /** {@code file:line:column: pointer: reason}, the form editors and CI logs link from. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column : file.toString();
        return where + ": " + (pointer.isEmpty() ? "" : pointer + ": ") + reason;
    }
}
