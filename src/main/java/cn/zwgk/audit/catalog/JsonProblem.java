package cn.zwgk.audit.catalog;

/** A problem at a place in a JSON file; lines and columns count from 1, columns in characters. */
record JsonProblem(int line, int column, String pointer, String reason) {

    /** {@code file:line:column: pointer: reason}; the root, whose pointer is empty, shows as "(根)". */
    String format(String file) {
        return file + ":" + line + ":" + column + ": " + (pointer.isEmpty() ? "(根)" : pointer) + ": " + reason;
    }
}
