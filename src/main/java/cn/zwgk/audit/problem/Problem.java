package cn.zwgk.audit.problem;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One thing wrong with an input (evidence, rules, catalog), located precisely enough to fix: the
 * file, the place in it (a JSON value, a ledger cell or a line of a rule file, see {@link
 * Location}), and the reason in words.
 */
public record Problem(Path file, Location location, String reason) {

    /** A problem in a JSON file: pointer, line and column (0 when unknown). */
    public Problem(Path file, String pointer, int line, int column, String reason) {
        this(file, new Location.InJson(pointer, line, column), reason);
    }

    /** A problem of a file as a whole, or of a file or folder that cannot be read at all. */
    public static Problem inFile(Path file, String reason) {
        return new Problem(file, "", 0, 0, reason);
    }

    /** A problem at a line and column of a rule file (0 when nothing better is known). */
    public static Problem inText(Path file, int line, int column, String reason) {
        return new Problem(file, new Location.InText(line, column), reason);
    }

    /** Orders problems the way a reader walks the files: by file, then sheet, then by position. */
    public static final Comparator<Problem> READING_ORDER =
            Comparator.comparing((Problem p) -> String.valueOf(p.file()))
                    .thenComparing(
                            p ->
                                    p.location() instanceof Location.InTable t && t.sheet() != null
                                            ? t.sheet()
                                            : "")
                    .thenComparingInt(Problem::line)
                    .thenComparingInt(Problem::column)
                    .thenComparing(Problem::pointer)
                    .thenComparing(Problem::reason);

    public String pointer() {
        return location.pointer();
    }

    public int line() {
        return location.line();
    }

    public int column() {
        return location.column();
    }

    /**
     * {@code file:line:column: pointer: reason} for JSON, the form editors and CI logs link from;
     * {@code file: sheet!D7: 收到日期: reason} for a ledger cell.
     */
    @Override
    public String toString() {
        return file + location.describe() + reason;
    }

    /** As {@link #toString}, with how serious it is before the reason: {@code …: 警告：…}. */
    public String located(String severity) {
        return file + location.describe() + severity + "：" + reason;
    }
}
