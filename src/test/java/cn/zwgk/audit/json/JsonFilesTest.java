package cn.zwgk.audit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are decoded as a stream, in chunks: what crosses a chunk's edge is read as if whole. */
class JsonFilesTest {
    /** Longer than the 64 KiB chunks the decoder works in. */
    static final int LONG = 200_000;

    @TempDir Path temp;

    @Test
    void aCharacterSplitAcrossChunksIsReadWhole() throws IOException {
        // Every offset modulo 3 falls on a chunk edge somewhere in a run of three-byte characters.
        String text = "{\"a\": \"" + "政".repeat(LONG) + "\"}\n";
        Path file = Files.writeString(temp.resolve("a.json"), text, StandardCharsets.UTF_8);
        assertThat(JsonFiles.readText(file)).isEqualTo(text);
    }

    @Test
    void aByteOrderMarkIsNotContent() throws IOException {
        Path file = Files.writeString(temp.resolve("bom.json"), "\uFEFF{}", StandardCharsets.UTF_8);
        assertThat(JsonFiles.readText(file)).isEqualTo("{}");
    }

    @Test
    void aBadByteFarIntoTheFileIsPlacedByLineColumnAndByte() throws IOException {
        String before = "第一行\n" + "x".repeat(LONG) + "\n公开";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes("后面".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(temp.resolve("bad.json"), bytes.toByteArray());

        JsonFiles.NotUtf8Exception e =
                catchThrowableOfType(
                        () -> JsonFiles.readText(file), JsonFiles.NotUtf8Exception.class);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.reason())
                .contains("第 " + (before.getBytes(StandardCharsets.UTF_8).length + 1) + " 字节");
    }

    @Test
    void aCharacterCutOffAtTheEndIsNotUtf8() throws IOException {
        byte[] whole = "{}政".getBytes(StandardCharsets.UTF_8);
        Path file =
                Files.write(
                        temp.resolve("cut.json"), java.util.Arrays.copyOf(whole, whole.length - 1));
        JsonFiles.NotUtf8Exception e =
                catchThrowableOfType(
                        () -> JsonFiles.readText(file), JsonFiles.NotUtf8Exception.class);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(3);
    }
}
