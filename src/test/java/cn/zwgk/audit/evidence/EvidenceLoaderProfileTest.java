package cn.zwgk.audit.evidence;

import static cn.zwgk.audit.evidence.EvidenceFolder.PROFILE;
import static cn.zwgk.audit.evidence.EvidenceFolder.at;
import static cn.zwgk.audit.evidence.EvidenceFolder.edit;
import static cn.zwgk.audit.evidence.EvidenceFolder.problem;
import static cn.zwgk.audit.evidence.EvidenceFolder.valueAt;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.problem.Problem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit profile: required, strict like evidence, with a list of distinct units. */
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
        EvidenceFolder folder = new EvidenceFolder(dir);
        folder.write(
                "profile.json",
                java.nio.file.Files.readString(Path.of("rules", "tests", "profile.json")));

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

    @Test
    void refusesAFolderWithoutAProfileAndStillChecksTheEvidence() {
        EvidenceFolder folder = new EvidenceFolder(dir);
        String json = RecordTemplates.withField("policy", "title", "42");
        folder.write("policies.json", json);

        folder.assertRefusedWith(
                problem("policies.json", valueAt(json, "title", "42"), "/records/0/title", "应为文本"),
                problem("profile.json", "0:0", "", "缺少审计配置文件 profile.json"));
    }

    @Test
    void refusesDuplicateUnits() {
        String profile =
                edit(
                        PROFILE,
                        "\"units\": [\"办公室\", \"法制科\", \"社管科\", \"劳动保障监察大队\"]",
                        """
                        "units": [
                            "办公室",
                            "法制科",
                            "办公室",
                            "社管科",
                            "法制科"
                          ]\
                        """);

        folderWithProfile(profile)
                .assertRefusedWith(
                        problem("profile.json", at(profile, "\"办公室\"", 2), "/units/2", "单位 办公室 重复"),
                        problem(
                                "profile.json",
                                at(profile, "\"法制科\"", 2),
                                "/units/4",
                                "单位 法制科 重复"));
    }

    @Test
    void refusesAnEmptyListOfUnits() {
        String profile =
                edit(
                        PROFILE,
                        "\"units\": [\"办公室\", \"法制科\", \"社管科\", \"劳动保障监察大队\"]",
                        "\"units\": []");

        folderWithProfile(profile)
                .assertRefusedWith(
                        problem(
                                "profile.json",
                                valueAt(profile, "units", "[]"),
                                "/units",
                                "至少应列出一个单位"));
    }

    @Test
    void refusesABlankUnit() {
        String profile =
                edit(
                        PROFILE,
                        "\"units\": [\"办公室\", \"法制科\", \"社管科\", \"劳动保障监察大队\"]",
                        """
                        "units": [
                            "办公室",
                            " "
                          ]\
                        """);

        folderWithProfile(profile)
                .assertRefusedWith(
                        problem("profile.json", at(profile, "\" \""), "/units/1", "单位名称为空"));
    }

    @Test
    void refusesAnUnknownFieldInTheProfile() {
        String profile =
                edit(
                        PROFILE,
                        "\"auditYear\": 2020,",
                        """
                        "auditYear": 2020,
                          "colour": "red",\
                        """);

        folderWithProfile(profile)
                .assertRefusedWith(
                        problem(
                                "profile.json",
                                valueAt(profile, "colour", "\"red\""),
                                "/colour",
                                "未知字段 colour"));
    }

    @Test
    void refusesAnUnknownFieldInTheProfileCalendar() {
        String profile =
                edit(
                        PROFILE,
                        "\"pilotFields\": [\"就业\"]",
                        """
                        "pilotFields": ["就业"],
                          "calendar": { "daysOff": [], "holidays": [] }\
                        """);

        folderWithProfile(profile)
                .assertRefusedWith(
                        problem(
                                "profile.json",
                                valueAt(profile, "holidays", "[]"),
                                "/calendar/holidays",
                                "未知字段 holidays"));
    }

    @Test
    void refusesAWrongProfileSchema() {
        String wrong = edit(PROFILE, "\"zwgk-profile/1\"", "\"zwgk-evidence/1\"");

        folderWithProfile(wrong)
                .assertRefusedWith(
                        problem(
                                "profile.json",
                                valueAt(wrong, "schema", "\"zwgk-evidence/1\""),
                                "/schema",
                                "zwgk-profile/1"));
    }

    @Test
    void refusesAProfileWithoutSchema() {
        String missing = edit(PROFILE, "\"schema\": \"zwgk-profile/1\",\n", "");
        folderWithProfile(missing)
                .assertRefusedWith(problem("profile.json", "1:1", "/schema", "zwgk-profile/1"));
    }

    @Test
    void reportsEveryMissingRequiredProfileFieldAtTheStartOfTheProfile() {
        String profile =
                """
                {
                  "schema": "zwgk-profile/1",
                  "auditYear": 2020,
                  "units": ["办公室"]
                }
                """;

        folderWithProfile(profile)
                .assertRefusedWith(
                        problem("profile.json", "1:1", "/anchors", "缺少必填字段 anchors"),
                        problem("profile.json", "1:1", "/organisation", "缺少必填字段 organisation"));
    }

    @Test
    void refusesAWrongTypeInTheProfileOnce() {
        // One problem: the rest of the profile is not "content after the object".
        String yearAsText = edit(PROFILE, "\"auditYear\": 2020", "\"auditYear\": \"2020\"");
        folderWithProfile(yearAsText)
                .assertRefusedWith(
                        problem(
                                "profile.json",
                                valueAt(yearAsText, "auditYear", "\"2020\""),
                                "/auditYear",
                                "应为整数"));
    }

    @Test
    void refusesAnImpossibleAnchorDateOnce() {
        String badAnchor = edit(PROFILE, "\"2020-04-26\"", "\"2020-04-31\"");
        folderWithProfile(badAnchor)
                .assertRefusedWith(
                        problem(
                                "profile.json",
                                valueAt(badAnchor, "rulesIssuedOn", "\"2020-04-31\""),
                                "/anchors/rulesIssuedOn",
                                "不是有效日期"));
    }

    @Test
    void refusesAnImplausibleAuditYear() {
        String profile = edit(PROFILE, "\"auditYear\": 2020", "\"auditYear\": 20");

        folderWithProfile(profile)
                .assertRefusedWith(
                        problem(
                                "profile.json",
                                valueAt(profile, "auditYear", "20"),
                                "/auditYear",
                                "审计年度 20 不合理"));
    }

    @Test
    void escapesSlashesInPointersAsRfc6901Requires() {
        String profile =
                edit(
                        PROFILE,
                        "\"rulesIssuedOn\": \"2020-04-26\"",
                        "\"rules/issued~on\": \"2020-04-31\"");

        // Only the date problem is looked at here (see refusesAnImpossibleAnchorDateOnce for the
        // rest).
        List<Problem> problems =
                folderWithProfile(profile).refusal().problems().stream()
                        .filter(p -> p.reason().contains("不是有效日期"))
                        .toList();
        assertThat(problems)
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.pointer()).isEqualTo("/anchors/rules~1issued~0on");
                            assertThat(p.line() + ":" + p.column())
                                    .isEqualTo(
                                            valueAt(profile, "rules/issued~on", "\"2020-04-31\""));
                        });
    }

    @Test
    void refusesAProfileWithASyntaxErrorDuplicateKeyOrTrailingContent() {
        String truncated = PROFILE.substring(0, PROFILE.indexOf("\"anchors\""));
        List<Problem> problems = folderWithProfile(truncated).refusal().problems();
        assertThat(problems)
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.line()).isPositive();
                            assertThat(p.reason()).startsWith("JSON 格式错误");
                        });

        String duplicate =
                edit(
                        PROFILE,
                        "\"auditYear\": 2020,",
                        "\"auditYear\": 2020,\n  \"auditYear\": 2021,");
        assertThat(folderWithProfile(duplicate).refusal().problems())
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("Duplicate field 'auditYear'"));

        String trailing = PROFILE + "{}\n";
        folderWithProfile(trailing)
                .assertRefusedWith(problem("profile.json", at(trailing, "{}"), "", "多余内容"));
    }

    @Test
    void refusesAnEmptyProfile() {
        List<Problem> problems = folderWithProfile("").refusal().problems();

        assertThat(problems)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.file()).isEqualTo(dir.resolve("profile.json")));
    }

    @Test
    void unitsAreNotCheckedAgainstAProfileThatIsItselfWrong() {
        // With an unreadable profile the evidence's units cannot be judged; only the profile is
        // reported.
        EvidenceFolder folder =
                folderWithProfile(edit(PROFILE, "\"auditYear\": 2020", "\"auditYear\": 2020.5"));
        folder.write("policies.json", RecordTemplates.withField("policy", "unit", "\"宣传科\""));

        assertThat(folder.refusal().problems())
                .singleElement()
                .satisfies(p -> assertThat(p.pointer()).isEqualTo("/auditYear"));
    }
}
