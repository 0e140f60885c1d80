package cn.zwgk.audit.evidence;

import static cn.zwgk.audit.evidence.EvidenceFolder.at;
import static cn.zwgk.audit.evidence.EvidenceFolder.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems only visible across records: duplicate ids, references to records that are missing or of
 * the wrong kind, and units the profile does not name. Each points at the record at fault.
 */
class EvidenceLoaderCrossRecordTest {

    @TempDir Path dir;

    private EvidenceFolder folder;

    @BeforeEach
    void profile() {
        folder = EvidenceFolder.withProfile(dir);
    }

    // ---------------------------------------------------------------- duplicate ids

    @Test
    void refusesADuplicateIdWithinAFileNamingTheFirstPlace() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "open-event",
                  "records": [
                    { "id": "OE-1", "unit": "社管科", "title": "甲", "type": "政府开放日",
                      "startDate": "2020-06-19", "endDate": "2020-06-19" },
                    { "id": "OE-2", "unit": "社管科", "title": "乙", "type": "政府开放日",
                      "startDate": "2020-06-20", "endDate": "2020-06-20" },
                    { "id": "OE-1", "unit": "社管科", "title": "丙", "type": "政府开放日",
                      "startDate": "2020-06-21", "endDate": "2020-06-21" },
                    { "id": "OE-1", "unit": "社管科", "title": "丁", "type": "政府开放日",
                      "startDate": "2020-06-22", "endDate": "2020-06-22" }
                  ]
                }
                """;
        Path file = folder.write("open-events.json", json);

        String first = file + ":" + at(json, "{ \"id\": \"OE-1\"");
        folder.assertRefusedWith(
                problem(
                        "open-events.json",
                        at(json, "{ \"id\": \"OE-1\"", 2),
                        "/records/2/id",
                        "编号 OE-1 重复",
                        "首次出现于 " + first),
                problem(
                        "open-events.json",
                        at(json, "{ \"id\": \"OE-1\"", 3),
                        "/records/3/id",
                        "编号 OE-1 重复",
                        "首次出现于 " + first));
        assertThat(first).endsWith(":5:5");
    }

    @Test
    void refusesADuplicateIdAcrossTwoFilesAndKinds() {
        String policies =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "policy",
                  "records": [
                    { "id": "X-1", "unit": "法制科", "title": "甲", "publishedOn": "2020-01-10",
                      "needsInterpretation": false }
                  ]
                }
                """;
        String events =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "open-event",
                  "records": [
                    { "id": "OE-1", "unit": "社管科", "title": "甲", "type": "政府开放日",
                      "startDate": "2020-06-19", "endDate": "2020-06-19" },
                    { "id": "X-1", "unit": "社管科", "title": "乙", "type": "政府开放日",
                      "startDate": "2020-06-20", "endDate": "2020-06-20" }
                  ]
                }
                """;
        // Files are read in path order: a-policies.json first, so its X-1 is the first occurrence.
        Path first = folder.write("a-policies.json", policies);
        folder.write("b-events.json", events);

        folder.assertRefusedWith(
                problem(
                        "b-events.json",
                        at(events, "{ \"id\": \"X-1\""),
                        "/records/1/id",
                        "编号 X-1 重复",
                        "首次出现于 " + first + ":" + at(policies, "{ \"id\": \"X-1\"")));
    }

    // ---------------------------------------------------------------- references

    @Test
    void refusesAReferenceToARecordThatDoesNotExist() {
        folder.write("policies.json", RecordTemplates.SUPPORT_POLICY);
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "interpretation",
                  "records": [
                    { "id": "INT-1", "unit": "法制科", "policy": "POL-REF", "title": "甲", "form": "文字",
                      "publishedOn": "2020-01-10" },
                    { "id": "INT-2", "unit": "法制科", "policy": "POL-404", "title": "乙", "form": "视频",
                      "publishedOn": "2020-01-10" }
                  ]
                }
                """;
        folder.write("interpretations.json", json);

        folder.assertRefusedWith(
                problem(
                        "interpretations.json",
                        at(json, "{ \"id\": \"INT-2\""),
                        "/records/1/policy",
                        "引用的政策文件 POL-404 不存在"));
    }

    @Test
    void refusesAReferenceToARecordOfTheWrongKind() {
        folder.write(
                "events.json",
                """
                {"schema": "zwgk-evidence/1", "kind": "open-event", "records": [
                  {"id": "OE-1", "unit": "社管科", "title": "甲", "type": "政府开放日",
                   "startDate": "2020-06-19", "endDate": "2020-06-19"}]}
                """);
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "interpretation",
                  "records": [
                    { "id": "INT-1", "unit": "法制科", "policy": "OE-1", "title": "甲", "form": "文字",
                      "publishedOn": "2020-01-10" },
                    { "id": "INT-2", "unit": "法制科", "policy": "INT-1", "title": "乙", "form": "视频",
                      "publishedOn": "2020-01-10" }
                  ]
                }
                """;
        folder.write("interpretations.json", json);

        folder.assertRefusedWith(
                problem(
                        "interpretations.json",
                        at(json, "{ \"id\": \"INT-1\""),
                        "/records/0/policy",
                        "引用的 OE-1 是政府开放活动，应为政策文件"),
                problem(
                        "interpretations.json",
                        at(json, "{ \"id\": \"INT-2\""),
                        "/records/1/policy",
                        "引用的 INT-1 是政策解读，应为政策文件"));
    }

    @Test
    void aReferenceMayPointIntoALaterFile() throws Exception {
        folder.write("a-interpretations.json", RecordTemplates.valid("interpretation"));
        folder.write("z-policies.json", RecordTemplates.SUPPORT_POLICY);

        assertThat(folder.load().records()).hasSize(2);
    }

    // ---------------------------------------------------------------- units

    @Test
    void refusesAUnitTheProfileDoesNotName() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "annual-report",
                  "records": [
                    { "id": "AR-1", "unit": "办公室", "reportYear": 2018, "publishedOn": "2019-03-29" },
                    { "id": "AR-2", "unit": "宣传科", "reportYear": 2019, "publishedOn": "2020-01-20" }
                  ]
                }
                """;
        folder.write("annual-reports.json", json);

        folder.assertRefusedWith(
                problem(
                        "annual-reports.json",
                        at(json, "{ \"id\": \"AR-2\""),
                        "/records/1/unit",
                        "单位 宣传科 不在审计配置的单位列表中"));
    }

    @Test
    void refusesEachUnitOfAPublicityActivityTheProfileDoesNotName() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "publicity-activity",
                  "records": [
                    { "id": "PA-1", "title": "甲", "date": "2020-05-20", "channel": "线上",
                      "units": ["办公室", "宣传科", "法制科", "信访科"] },
                    { "id": "PA-2", "title": "乙", "date": "2020-05-21", "channel": "线下",
                      "units": ["宣传科"] }
                  ]
                }
                """;
        folder.write("activities.json", json);

        String pa1 = at(json, "{ \"id\": \"PA-1\"");
        folder.assertRefusedWith(
                problem("activities.json", pa1, "/records/0/units/1", "单位 宣传科 不在审计配置的单位列表中"),
                problem("activities.json", pa1, "/records/0/units/3", "单位 信访科 不在审计配置的单位列表中"),
                problem(
                        "activities.json",
                        at(json, "{ \"id\": \"PA-2\""),
                        "/records/1/units/0",
                        "单位 宣传科 不在审计配置的单位列表中"));
    }

    @Test
    void refusesAUnitACatalogueCoversThatTheProfileDoesNotName() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "publication",
                  "records": [
                    { "id": "CA-1", "unit": "办公室", "category": "主动公开目录", "title": "目录",
                      "publishedOn": "2020-06-10", "coveredUnits": ["法制科", "宣传科"] }
                  ]
                }
                """;
        folder.write("publications.json", json);

        // A misspelt unit would otherwise leave the real one uncovered without saying why.
        folder.assertRefusedWith(
                problem(
                        "publications.json",
                        at(json, "{ \"id\": \"CA-1\""),
                        "/records/0/coveredUnits/1",
                        "单位 宣传科 不在审计配置的单位列表中"));
    }

    @Test
    void refusesANullUnitInAPublicityActivity() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "publicity-activity",
                  "records": [
                    { "id": "PA-1", "title": "甲", "date": "2020-05-20", "channel": "线上",
                      "units": ["办公室", null] }
                  ]
                }
                """;
        folder.write("activities.json", json);

        // A refusal naming the entry, not a NullPointerException escaping the loader.
        folder.assertRefusedWith(
                problem("activities.json", at(json, "null"), "/records/0/units/1", ""));
    }

    @Test
    void unitNamesMustMatchExactly() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "annual-report",
                  "records": [
                    { "id": "AR-1", "unit": "办公室 ", "reportYear": 2018, "publishedOn": "2019-03-29" }
                  ]
                }
                """;
        folder.write("annual-reports.json", json);

        folder.assertRefusedWith(
                problem(
                        "annual-reports.json",
                        at(json, "{ \"id\""),
                        "/records/0/unit",
                        "单位 办公室  不在审计配置的单位列表中"));
    }
}
