package cn.zwgk.audit.robustness;

import static cn.zwgk.audit.cli.Run.zwgk;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.cli.Run;
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

    @Test
    void outInsideTheEvidenceFolderIsRefused() throws Exception {
        Files.copy(Path.of("rules/tests/profile.json"), dir.resolve("profile.json"));
        Run run = zwgk("audit", dir.toString(), "--out", dir.resolve("reports").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--out", "在证据目录", "之内");
        assertThat(dir.resolve("reports")).doesNotExist();
    }

    @Test
    void outEqualToTheBatchFolderIsRefused() throws Exception {
        Run run = zwgk("audit", "--batch", dir.toString(), "--out", dir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("在批量目录");
        assertThat(dir.resolve("rollup.md")).doesNotExist();
    }
}
