package cn.zwgk.audit.cli;

import cn.zwgk.audit.text.SafeText;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Standard output and error as the terminal sees them: every text written goes through {@link
 * SafeText}, so an escape sequence in evidence text cannot repaint the terminal; on the error
 * stream a line longer than {@link #MAX_LINE} (a 200 MB cell quoted in a problem) is cut rather
 * than echoed whole.
 */
final class TerminalWriter extends PrintWriter {
    /** Characters of one line shown at most (默认值): several screen widths of a long message. */
    static final int MAX_LINE = 2_000;

    private final int maxLine;

    TerminalWriter(Writer terminal, int maxLine) {
        super(terminal, true);
        this.maxLine = maxLine;
    }

    @Override
    public void write(String s, int off, int len) {
        String text = s.substring(off, off + len);
        StringBuilder shown = new StringBuilder(Math.min(text.length(), 4096));
        String[] lines = SafeText.clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            shown.append(i == 0 ? "" : "\n").append(SafeText.terminal(lines[i], maxLine));
        }
        super.write(shown.toString(), 0, shown.length());
    }

    @Override
    public void write(char[] buf, int off, int len) {
        write(new String(buf, off, len), 0, len);
    }
}
