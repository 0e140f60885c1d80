package cn.zwgk.audit.drl;

import java.nio.file.Path;

/**
 * A named parameter of a rule file: a one-line DRL function such as {@code function int
 * minSharePercent() { return 50; }}, with the comment above it that says where the value comes
 * from.
 *
 * @param file the rule file
 * @param task the task the file's rules decide; 0 when they name none or several
 * @param name the function's name, as the rules call it
 * @param type its return type, as written
 * @param value the returned expression, as written (on one line)
 * @param source the comment right above the function, without {@code //}; "" when there is none
 * @param line where the function is declared (1-based)
 * @param basis whether the source cites a statute or the task table, or marks a default
 */
public record Parameter(
        Path file,
        int task,
        String name,
        String type,
        String value,
        String source,
        int line,
        Basis basis) {

    /** Marks a value no statute or task table fixes; the text after it says why it was chosen. */
    public static final String DEFAULT_MARK = "*(默认值)*";

    /** What a parameter's value rests on. */
    public enum Basis {
        /** A statute article, an official document or the task table, cited in the comment. */
        STATUTE("法规或任务表"),
        /** Marked {@value Parameter#DEFAULT_MARK}, with the reason for the value. */
        DEFAULT("默认值"),
        /** No comment above, or one that cites nothing and marks no default with a reason. */
        MISSING("缺出处");

        public final String label;

        Basis(String label) {
            this.label = label;
        }
    }
}
