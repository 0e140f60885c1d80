package cn.zwgk.audit.cli;

import cn.zwgk.audit.report.SafeText;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The error stream as the terminal sees it: every text written goes through {@link SafeText}, so
 * an escape sequence in evidence text cannot repaint the terminal, and a line longer than {@link
 * #MAX_LINE} (a 200 MB cell quoted in a problem) is cut rather than echoed whole.
 */
final class TerminalWriter extends PrintWriter {
    /** Characters of one line shown at most (默认值): several screen widths of a long message. */
    static final int MAX_LINE = 2_000;

    TerminalWriter(Writer terminal) {
        super(terminal, true);
    }

    @Override
    public void write(String s, int off, int len) {
        String text = s.substring(off, off + len);
        StringBuilder shown = new StringBuilder(Math.min(text.length(), MAX_LINE + 64));
        String[] lines = SafeText.clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            shown.append(i == 0 ? "" : "\n").append(SafeText.terminal(lines[i], MAX_LINE));
        }
        super.write(shown.toString(), 0, shown.length());
    }

    @Override
    public void write(char[] buf, int off, int len) {
        write(new String(buf, off, len), 0, len);
    }
}
