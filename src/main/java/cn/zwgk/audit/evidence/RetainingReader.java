package cn.zwgk.audit.evidence;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A reader that keeps the characters read since a given offset, so that the text of the record
 * being parsed can be read again, and placed, when it turns out to have problems, without holding
 * the whole file.
 */
final class RetainingReader extends Reader {
    private final Reader in;
    private char[] kept = new char[1 << 16];

    /** File offset, in characters, of {@code kept[0]}. */
    private long keptFrom;

    private int length;

    /** Characters before this offset may be dropped. */
    private long needFrom;

    RetainingReader(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int n = in.read(buffer, offset, count);
        if (n > 0) {
            keep(buffer, offset, n);
        }
        return n;
    }

    /** Characters before {@code offset} are no longer needed. */
    void releaseBefore(long offset) {
        needFrom = Math.max(needFrom, offset);
    }

    /** The text from {@code from} (inclusive) to {@code to} (exclusive), both kept. */
    String text(long from, long to) {
        if (from < keptFrom || to > keptFrom + length) {
            throw new IllegalStateException("text " + from + ".." + to + " no longer kept");
        }
        return new String(kept, (int) (from - keptFrom), (int) (to - from));
    }

    private void keep(char[] buffer, int offset, int n) {
        if (length + n > kept.length) {
            // Drop what is no longer needed first; grow only for a record longer than the buffer.
            int drop = (int) Math.min(Math.max(0, needFrom - keptFrom), length);
            System.arraycopy(kept, drop, kept, 0, length - drop);
            length -= drop;
            keptFrom += drop;
            if (length + n > kept.length) {
                kept = Arrays.copyOf(kept, Math.max(kept.length * 2, length + n));
            }
        }
        System.arraycopy(buffer, offset, kept, length, n);
        length += n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
