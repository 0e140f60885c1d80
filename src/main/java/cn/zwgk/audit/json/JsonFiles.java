package cn.zwgk.audit.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads JSON files as text, the form in which Jackson reports the places editors show, within
 * limits that keep a hostile or broken file from exhausting memory or the stack.
 */
public final class JsonFiles {
    private JsonFiles() {}

    /**
     * The largest input file read, in bytes (256 MiB); a larger one is refused before it is read.
     */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    /**
     * The deepest nesting of arrays and objects accepted; real inputs nest three or four levels.
     */
    public static final int MAX_NESTING_DEPTH = 200;

    /** The longest string value or field name accepted, in characters (1 MiB). */
    public static final int MAX_STRING_LENGTH = 1024 * 1024;

    /** The longest number accepted, in characters; no count or year needs more. */
    public static final int MAX_NUMBER_LENGTH = 40;

    /** The longest document accepted, in characters: the file size limit. */
    public static final long MAX_DOCUMENT_LENGTH = MAX_FILE_BYTES;

    /** The limits every JSON input is read within. */
    public static final StreamReadConstraints CONSTRAINTS =
            StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_STRING_LENGTH)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .build();

    /** A JSON factory reading within {@link #CONSTRAINTS}. */
    public static JsonFactory factory() {
        return JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
    }

    /** A file that is not valid UTF-8, with the place of its first bad byte. */
    public static final class NotUtf8Exception extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;
        private final long byteOffset;

        NotUtf8Exception(int line, int column, long byteOffset) {
            this.line = line;
            this.column = column;
            this.byteOffset = byteOffset;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }

        /** A reason in words, naming the byte at fault. */
        public String reason() {
            return "不是有效的 UTF-8 文本（第 " + (byteOffset + 1) + " 字节起无法解码；文件可能以 GBK 等编码保存，请另存为 UTF-8）";
        }
    }

    /** A file larger than {@link #MAX_FILE_BYTES}, refused before it is read. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        public TooLargeException(long size) {
            super(
                    "文件过大："
                            + size
                            + " 字节，超过上限 "
                            + MAX_FILE_BYTES
                            + " 字节（"
                            + (MAX_FILE_BYTES >> 20)
                            + " MB）；请拆分为多个证据文件");
        }
    }

    /**
     * The text of a UTF-8 file, without a leading byte-order mark, for small files read whole.
     *
     * @throws NotUtf8Exception when the file is not valid UTF-8
     * @throws TooLargeException when the file is larger than {@link #MAX_FILE_BYTES}
     * @throws IOException when the file cannot be read
     */
    public static String readText(Path file) throws IOException {
        try (Reader in = openText(file)) {
            StringBuilder text = new StringBuilder();
            char[] chunk = new char[CHUNK];
            for (int n; (n = in.read(chunk)) > 0; ) {
                text.append(chunk, 0, n);
            }
            return text.toString();
        }
    }

    /**
     * The text of a UTF-8 file as a stream, without a leading byte-order mark, so that a large file
     * is never held whole. The bytes are decoded strictly as they are read: reading past a bad byte
     * throws {@link NotUtf8Exception} with its place, found then by decoding the file again from
     * the start (only a file that is not UTF-8 pays for that second pass).
     *
     * <p>Parse the text, not the file's bytes: from characters Jackson counts columns as editors
     * do, whereas from bytes each Chinese character would count three.
     *
     * @throws TooLargeException when the file is larger than {@link #MAX_FILE_BYTES}
     * @throws IOException when the file cannot be read
     */
    public static Reader openText(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new TooLargeException(size);
        }
        Reader reader =
                new BufferedReader(
                        new InputStreamReader(Files.newInputStream(file), strictUtf8()), CHUNK);
        Reader located =
                new FilterReader(reader) {
                    @Override
                    public int read(char[] buffer, int offset, int length) throws IOException {
                        try {
                            return super.read(buffer, offset, length);
                        } catch (CharacterCodingException e) {
                            checkUtf8(file);
                            throw e; // the file changed after the bad read and now decodes: no
                            // place to give
                        }
                    }

                    @Override
                    public int read() throws IOException {
                        char[] one = new char[1];
                        return read(one, 0, 1) < 0 ? -1 : one[0];
                    }
                };
        // Some Windows editors save UTF-8 with a byte-order mark; it is invisible, not content.
        located.mark(1);
        if (located.read() != '\uFEFF') {
            located.reset();
        }
        return located;
    }

    private static final int CHUNK = 1 << 16;

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Decodes the whole file chunk by chunk, keeping only the line and column reached. */
    private static void checkUtf8(Path file) throws IOException {
        CharsetDecoder decoder = strictUtf8();
        ByteBuffer in = ByteBuffer.allocate(CHUNK);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        long consumed = 0;
        int line = 1;
        int column = 1;
        try (ReadableByteChannel channel = Files.newByteChannel(file)) {
            boolean end = false;
            while (true) {
                if (!end) {
                    end = channel.read(in) < 0;
                }
                in.flip();
                int before = in.position();
                CoderResult result = decoder.decode(in, out, end);
                if (end && !result.isError()) {
                    result = decoder.flush(out);
                }
                consumed += in.position() - before;
                out.flip();
                for (int i = 0; i < out.limit(); i++) {
                    if (out.get(i) == '\n') {
                        line++;
                        column = 1;
                    } else {
                        column++;
                    }
                }
                out.clear();
                if (result.isError()) {
                    throw new NotUtf8Exception(line, column, consumed);
                }
                in.compact();
                if (end && !result.isOverflow() && in.position() == 0) {
                    return;
                }
            }
        }
    }

    /** A reason in words for a limit of {@link #CONSTRAINTS} that a document went past. */
    public static String describe(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("nesting depth")) {
            return "嵌套层数超过上限 " + MAX_NESTING_DEPTH + "（数组与对象嵌套过深）";
        }
        if (m.contains("Number value length") || m.contains("number")) {
            return "数字过长，超过上限 " + MAX_NUMBER_LENGTH + " 位";
        }
        if (m.contains("Name length")) {
            return "字段名过长，超过上限 " + MAX_STRING_LENGTH + " 个字符";
        }
        if (m.contains("String value length") || m.contains("string")) {
            return "文本值过长，超过上限 " + MAX_STRING_LENGTH + " 个字符";
        }
        if (m.contains("Document length") || m.contains("document")) {
            return "文档过长，超过上限 " + MAX_DOCUMENT_LENGTH + " 个字符";
        }
        return "超出 JSON 读取限制";
    }
}
