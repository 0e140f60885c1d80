package cn.zwgk.audit.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDigestsTest {
    @TempDir Path dir;

    @Test
    void eachFileHasTheDigestOfItsBytes() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), "{}");
        Path b = Files.write(dir.resolve("b.json"), new byte[3 << 16]);

        FileDigests digests = FileDigests.start(List.of(a, b));

        // SHA-256 of "{}", as sha256sum prints it.
        assertThat(digests.sha256(a))
                .isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
        assertThat(digests.sha256(b)).isEqualTo(Sha256.of(b)).isNotEqualTo(digests.sha256(a));
    }

    @Test
    void aFileThatCannotBeReadIsAnErrorWhenItsDigestIsAsked() {
        Path missing = dir.resolve("missing.json");

        FileDigests digests = FileDigests.start(List.of(missing));

        assertThatThrownBy(() -> digests.sha256(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("missing.json");
        assertThatThrownBy(() -> digests.sha256(dir.resolve("other.json")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onDemandAFileIsHashedWhenItsDigestIsAskedFor() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), "[]");
        FileDigests digests = FileDigests.onDemand(List.of(a));
        Files.writeString(a, "{}");

        // Nothing was read before the question: the digest is of the content then.
        assertThat(digests.sha256(a))
                .isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
        Path missing = dir.resolve("missing.json");
        assertThatThrownBy(() -> FileDigests.onDemand(List.of(missing)).sha256(missing))
                .isInstanceOf(UncheckedIOException.class);
    }
}
