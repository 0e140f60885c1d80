package cn.zwgk.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.zwgk.audit.json.JsonFiles;
import cn.zwgk.audit.ledger.LedgerFiles.UnreadableFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A CSV ledger field longer than evidence text may be is refused at the line it starts on, quoted
 * (and so perhaps spanning lines) or not; a field at the limit is read whole.
 */
class LedgerFilesTest {
    private static final String LIMIT_TEXT = "文".repeat(JsonFiles.MAX_STRING_LENGTH);

    @TempDir Path dir;

    @Test
    void aFieldAtTheLimitIsReadWhole() throws Exception {
        LedgerTable table = LedgerFiles.read(csv("id,title\nA-1," + LIMIT_TEXT + "\n")).get(0);

        assertThat(table.rows().get(1).cells().get(2)).isEqualTo(new CellValue.Text(LIMIT_TEXT));
    }

    static Stream<Arguments> fieldsPastTheLimit() {
        return Stream.of(
                Arguments.of("unquoted", "id,title\nA-1," + LIMIT_TEXT + "文\n"),
                Arguments.of(
                        "quoted, over two lines", "id,title\nA-1,\"第一行\n" + LIMIT_TEXT + "\"\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fieldsPastTheLimit")
    void aFieldPastTheLimitIsRefusedAtTheLineAndColumnItStartsAt(String kind, String text)
            throws Exception {
        Path file = csv(text);

        UnreadableFile e = catchThrowableOfType(UnreadableFile.class, () -> LedgerFiles.read(file));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage())
                .isEqualTo("第 2 行第 2 列的文本超过 " + JsonFiles.MAX_STRING_LENGTH + " 个字符的上限");
    }

    private Path csv(String text) throws Exception {
        Path file = dir.resolve("ledger.csv");
        Files.writeString(file, text);
        return file;
    }
}
