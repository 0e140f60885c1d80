package cn.zwgk.audit.json;

/**
 * A problem at a place in a JSON file; lines and columns count from 1, columns in characters.
 *
 * @param line the line of the place
 * @param column the column of the place, in characters
 * @param pointer the JSON pointer (RFC 6901) of the value at fault; empty for the whole document
 * @param reason what is wrong, in words
 */
public record JsonProblem(int line, int column, String pointer, String reason) {

    /**
     * {@code file:line:column: pointer: reason}; the root, whose pointer is empty, shows as "(根)".
     */
    public String format(String file) {
        return file
                + ":"
                + line
                + ":"
                + column
                + ": "
                + (pointer.isEmpty() ? "(根)" : pointer)
                + ": "
                + reason;
    }
}
