package cn.zwgk.audit.problem;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * A problem in the rules folder, in the {@code file:line:column: message} form that editors and CI
 * logs link from. Line and column are 0 when nothing better is known.
 */
public record RuleProblem(Path file, int line, int column, String message) {

    public static final Comparator<RuleProblem> READING_ORDER =
            Comparator.comparing((RuleProblem p) -> String.valueOf(p.file()))
                    .thenComparingInt(RuleProblem::line)
                    .thenComparingInt(RuleProblem::column)
                    .thenComparing(RuleProblem::message);

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }

    /** As {@link #toString}, with how serious it is before the message: {@code …: 警告：…}. */
    public String located(String severity) {
        return file + ":" + line + ":" + column + ": " + severity + "：" + message;
    }
}
