package cn.zwgk.audit.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/**
 * The optional {@code EVIDENCE_DIR} parameter, after the command's other parameters, shared by
 * every command that reads an evidence folder.
 */
final class EvidenceFolder {
    @Parameters(
            arity = "0..1",
            paramLabel = "EVIDENCE_DIR",
            description = "证据目录（含 profile.json，证据可为 .json、.xlsx、.csv）；默认为自带的 sample-data/2020。")
    Path evidence;

    boolean given() {
        return evidence != null;
    }

    Path folder() {
        return evidence != null ? evidence : Main.home("sample-data/2020");
    }
}
