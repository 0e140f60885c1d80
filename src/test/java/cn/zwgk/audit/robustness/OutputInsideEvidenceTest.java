package cn.zwgk.audit.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports written inside the evidence (or batch) folder would be refused as evidence by the next
 * run: {@code --out} there is a bad option, and nothing is written.
 */
class OutputInsideEvidenceTest {
    @TempDir Path dir;

    private int run(StringWriter err, String... args) {
        return Main.run(
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    @Test
    void outInsideTheEvidenceFolderIsRefused() throws Exception {
        Files.copy(Path.of("rules/tests/profile.json"), dir.resolve("profile.json"));
        StringWriter err = new StringWriter();

        int exit = run(err, "audit", dir.toString(), "--out", dir.resolve("reports").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--out", "在证据目录", "之内");
        assertThat(dir.resolve("reports")).doesNotExist();
    }

    @Test
    void outEqualToTheBatchFolderIsRefused() throws Exception {
        StringWriter err = new StringWriter();

        int exit = run(err, "audit", "--batch", dir.toString(), "--out", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("在批量目录");
        assertThat(dir.resolve("rollup.md")).doesNotExist();
    }
}
