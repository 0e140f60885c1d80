package cn.zwgk.audit.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds positions in DRL source that Drools' own messages leave out: many build errors carry the
 * rule's line but no column, and some no line at all; quoting the expression lets us find it.
 */
final class DrlText {
    private static final Pattern QUOTED_EXPRESSION =
            Pattern.compile("Unable to Analyse Expression (.+?):\\s*\\n");

    private DrlText() {}

    /**
     * {line, column} of the expression an error message quotes, searching from {@code fromLine}; or
     * null.
     */
    static int[] find(String text, String message, int fromLine) {
        Matcher m = QUOTED_EXPRESSION.matcher(message + "\n");
        if (!m.find()) {
            return fromLine > 0 ? new int[] {fromLine, 1} : null;
        }
        return indexOf(text, m.group(1).trim(), fromLine);
    }

    /** {line, column} where {@code rule "name"} is declared. */
    static int[] findRule(String text, String ruleName) {
        return indexOf(text, "rule \"" + ruleName + "\"", 0);
    }

    /** {line, column} where {@code package name} is declared. */
    static int[] findPackage(String text, String packageName) {
        return indexOf(text, "package " + packageName, 0);
    }

    private static int[] indexOf(String text, String needle, int fromLine) {
        String[] lines = text.split("\r?\n", -1);
        for (int pass = 0; pass < 2; pass++) {
            int start = pass == 0 ? Math.max(fromLine - 1, 0) : 0;
            for (int i = start; i < lines.length; i++) {
                int col = lines[i].indexOf(needle);
                if (col >= 0) {
                    return new int[] {i + 1, col + 1};
                }
            }
        }
        return fromLine > 0 ? new int[] {fromLine, 1} : null;
    }

    /**
     * The code of the text: each comment and the inside of each string literal blanked out by
     * spaces, line breaks kept, so offsets still point into the original and a message that names
     * {@code System.exit} is not taken for a call.
     */
    static String withoutComments(String text) {
        char[] out = text.toCharArray();
        int i = 0;
        int n = out.length;
        while (i < n) {
            char c = out[i];
            if (c == '"' || c == '\'') {
                i++;
                while (i < n && out[i] != c && out[i] != '\n') {
                    out[i++] = ' ';
                }
                i++;
            } else if (c == '/' && i + 1 < n && out[i + 1] == '/') {
                while (i < n && out[i] != '\n') {
                    out[i++] = ' ';
                }
            } else if (c == '/' && i + 1 < n && out[i + 1] == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (; i < end; i++) {
                    if (out[i] != '\n') {
                        out[i] = ' ';
                    }
                }
            } else {
                i++;
            }
        }
        return new String(out);
    }

    /** {line, column} (from 1) of an offset in the text. */
    static int[] position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
