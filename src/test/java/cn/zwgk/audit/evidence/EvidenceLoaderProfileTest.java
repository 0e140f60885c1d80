package cn.zwgk.audit.evidence;

import static cn.zwgk.audit.evidence.EvidenceFolder.PROFILE;
import static cn.zwgk.audit.evidence.EvidenceFolder.edit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit profile as it is read. The corpus (robustness/bad-evidence, cases {@code profile-*})
 * holds its refusals: missing, strict like evidence, a list of distinct units.
 */
class EvidenceLoaderProfileTest {

    @TempDir Path dir;

    private EvidenceFolder folderWithProfile(String profile) {
        EvidenceFolder folder = new EvidenceFolder(dir);
        folder.write("profile.json", profile);
        return folder;
    }

    @Test
    void readsTheProfile() throws Exception {
        EvidenceSet set = folderWithProfile(PROFILE).load();

        assertThat(set.profile().organisation()).isEqualTo("规则用例局");
        assertThat(set.profile().auditYear()).isEqualTo(2020);
        assertThat(set.profile().units()).containsExactly("办公室", "法制科", "社管科", "劳动保障监察大队");
        assertThat(set.profile().anchors())
                .containsEntry("rulesIssuedOn", LocalDate.of(2020, 4, 26));
        assertThat(set.profile().pilotFields()).containsExactly("就业");
        assertThat(set.records()).isEmpty();
    }

    @Test
    void readsTheProjectRuleTestProfile() throws Exception {
        EvidenceFolder folder =
                folderWithProfile(Files.readString(Path.of("rules", "tests", "profile.json")));

        assertThat(folder.load().profile().units())
                .containsExactly("办公室", "法制科", "社管科", "劳动保障监察大队");
    }

    @Test
    void readsCalendarOverrides() throws Exception {
        String profile =
                edit(
                        PROFILE,
                        "\"pilotFields\": [\"就业\"]",
                        """
                        "pilotFields": ["就业"],
                          "calendar": { "workingDays": ["2020-01-19"], "daysOff": ["2020-10-09"] }\
                        """);

        EvidenceSet set = folderWithProfile(profile).load();

        assertThat(set.profile().calendar().workingDays())
                .containsExactly(LocalDate.of(2020, 1, 19));
        assertThat(set.profile().calendar().daysOff()).containsExactly(LocalDate.of(2020, 10, 9));
    }
}
