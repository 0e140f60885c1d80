package cn.zwgk.audit.evidence;

import static cn.zwgk.audit.evidence.EvidenceFolder.at;
import static cn.zwgk.audit.evidence.EvidenceFolder.problem;
import static cn.zwgk.audit.evidence.EvidenceFolder.valueAt;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.facts.Application;
import cn.zwgk.audit.facts.Emergency;
import cn.zwgk.audit.facts.Policy;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Problems inside one record: unknown fields, wrong types, invalid enum values, missing required
 * fields, impossible dates and dates in an impossible order. Each is reported with the record's
 * pointer and the place of the offending value (or of the record, when nothing is there to point
 * at).
 */
class EvidenceLoaderRecordProblemsTest {

    @TempDir Path dir;

    private EvidenceFolder folder;

    @BeforeEach
    void profile() {
        folder = EvidenceFolder.withProfile(dir);
        folder.write("support-policies.json", RecordTemplates.SUPPORT_POLICY);
    }

    // ---------------------------------------------------------------- unknown fields

    @Test
    void reportsEveryUnknownFieldOfEveryRecordWithItsOwnPointerAndPlace() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "policy",
                  "records": [
                    {
                      "id": "POL-1",
                      "unit": "法制科",
                      "colour": "red",
                      "title": "甲",
                      "publishedOn": "2020-01-10",
                      "size": 33333,
                      "needsInterpretation": false
                    },
                    {
                      "id": "POL-2",
                      "unit": "法制科",
                      "title": "乙",
                      "publishedOn": "2020-01-10",
                      "needsInterpretation": false
                    },
                    {
                      "id": "POL-3",
                      "unit": "法制科",
                      "title": "丙",
                      "colour": { "r": 255, "g": [1, 2] },
                      "publishedOn": "2020-01-10",
                      "tags": ["a", "b"],
                      "needsInterpretation": false
                    }
                  ]
                }
                """;
        folder.write("policies.json", json);

        folder.assertRefusedWith(
                problem("policies.json", at(json, "\"red\""), "/records/0/colour", "未知字段 colour"),
                problem("policies.json", at(json, "33333"), "/records/0/size", "未知字段 size"),
                problem("policies.json", at(json, "{ \"r\""), "/records/2/colour", "未知字段 colour"),
                problem("policies.json", at(json, "[\"a\""), "/records/2/tags", "未知字段 tags"));
    }

    @Test
    void reportsAnUnknownFieldInsideANestedObject() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "major-decision",
                  "records": [
                    {
                      "id": "MD-1",
                      "unit": "社管科",
                      "title": "制定某办法",
                      "consultations": [
                        { "method": "座谈", "date": "2020-03-04" },
                        { "date": "2020-03-05", "method": "听证",
                          "where": "room 3" }
                      ],
                      "decidedOn": "2020-03-20"
                    }
                  ]
                }
                """;
        folder.write("major-decisions.json", json);

        folder.assertRefusedWith(
                problem(
                        "major-decisions.json",
                        at(json, "\"room 3\""),
                        "/records/0/consultations/1/where",
                        "未知字段 where"));
    }

    // ---------------------------------------------------------------- wrong types

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    emergency          | major           | "true"              | 应为 true 或 false
                    emergency          | major           | 1                   | 应为 true 或 false
                    application        | extended        | "false"             | 应为 true 或 false
                    policy             | title           | 123                 | 应为文本
                    policy             | title           | true                | 应为文本
                    policy             | unit            | ["法制科"]           | 应为文本
                    policy             | id              | 7.5                 | 应为文本
                    policy             | publishedOn     | {"year": 2020}      | 不是有效日期
                    policy             | publishedOn     | true                | 不是有效日期
                    annual-report      | reportYear      | 2019.0              | 应为整数
                    annual-report      | reportYear      | 2019.5              | 应为整数
                    annual-report      | reportYear      | "2019"              | 应为整数
                    emergency          | occurredAt      | {"t": 1}            | 不是有效时间
                    emergency          | occurredAt      | 1582000000          | 不是有效时间
                    interpretation     | channels        | "区政府门户网站"       | 应为数组
                    publicity-activity | units           | "办公室"             | 应为数组
                    """)
    void refusesAValueOfTheWrongType(String kind, String field, String value, String reason) {
        String json = RecordTemplates.withField(kind, field, value);
        folder.write("evidence.json", json);

        folder.assertRefusedWith(
                problem(
                        "evidence.json",
                        valueAt(json, field, value),
                        "/records/0/" + field,
                        reason));
    }

    @Test
    void reportsAWrongTypeAndTheUnknownFieldsOfTheSameRecord() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "emergency",
                  "records": [
                    {
                      "id": "EM-1",
                      "unit": "社管科",
                      "colour": "red",
                      "title": "某事件",
                      "level": "一般",
                      "major": "yes",
                      "occurredAt": "2020-02-17T09:40"
                    }
                  ]
                }
                """;
        folder.write("emergencies.json", json);

        folder.assertRefusedWith(
                problem(
                        "emergencies.json",
                        at(json, "\"red\""),
                        "/records/0/colour",
                        "未知字段 colour"),
                problem(
                        "emergencies.json",
                        at(json, "\"yes\""),
                        "/records/0/major",
                        "应为 true 或 false"));
    }

    // ---------------------------------------------------------------- enum values

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    interpretation     | form            | "长图"     | 文字、图表图解、视频、动漫、流程演示、音频、H5、新闻发布会、在线访谈、其他
                    open-event         | type            | "开放月"   | 政府开放日、政府开放周、网络问政
                    credit-disclosure  | type            | "行政强制" | 行政许可、行政处罚
                    publicity-activity | channel         | "网上"     | 线上、线下
                    """)
    void refusesAValueOutsideTheEnumAndListsTheAllowedOnes(
            String kind, String field, String value, String allowed) {
        String json = RecordTemplates.withField(kind, field, value);
        folder.write("evidence.json", json);

        folder.assertRefusedWith(
                problem(
                        "evidence.json",
                        valueAt(json, field, value),
                        "/records/0/" + field,
                        "值 " + value,
                        "不是允许的取值",
                        allowed));
    }

    @Test
    void countsColumnsInCharactersAsEditorsDoNotInBytes() {
        // Each Chinese character is three bytes in UTF-8 but one column in an editor (and in the
        // catalog loader, which reads from a String for this reason).
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "interpretation",
                  "records": [
                    { "id": "INT-1", "unit": "法制科", "policy": "POL-REF", "title": "一图读懂某办法", "form": "长图",
                      "publishedOn": "2020-01-10" }
                  ]
                }
                """;
        folder.write("interpretations.json", json);

        folder.assertRefusedWith(
                problem("interpretations.json", "5:86", "/records/0/form", "值 \"长图\""));
        assertThat(at(json, "\"长图\"")).isEqualTo("5:86");
    }

    @Test
    void refusesAnEnumValueInsideANestedObject() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "major-decision",
                  "records": [
                    {
                      "id": "MD-1",
                      "unit": "社管科",
                      "title": "制定某办法",
                      "consultations": [
                        { "method": "座谈", "date": "2020-03-04" },
                        { "method": "问卷", "date": "2020-03-05" }
                      ],
                      "decidedOn": "2020-03-20"
                    }
                  ]
                }
                """;
        folder.write("major-decisions.json", json);

        folder.assertRefusedWith(
                problem(
                        "major-decisions.json",
                        at(json, "\"问卷\""),
                        "/records/0/consultations/1/method",
                        "值 \"问卷\"",
                        "听证、座谈、专项听取意见、实地走访、书面征求意见、问卷调查、民意调查、网上征求意见"));
    }

    @Test
    void refusesAnEnumGivenAsANumberOrAnEmptyString() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "publicity-activity",
                  "records": [
                    { "id": "PA-1", "title": "t", "date": "2020-05-20", "channel": 0, "units": ["办公室"] },
                    { "id": "PA-2", "title": "t", "date": "2020-05-20", "channel": "", "units": ["办公室"] }
                  ]
                }
                """;
        folder.write("activities.json", json);

        folder.assertRefusedWith(
                problem(
                        "activities.json",
                        valueAt(json, "channel", "0"),
                        "/records/0/channel",
                        "线上、线下"),
                problem(
                        "activities.json",
                        valueAt(json, "channel", "\"\""),
                        "/records/1/channel",
                        "线上、线下"));
    }

    // ---------------------------------------------------------------- missing required fields

    @Test
    void reportsEveryMissingRequiredFieldAtTheRecordThatLacksIt() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "open-event",
                  "records": [
                    { "id": "OE-1", "unit": "社管科", "title": "开放日", "type": "政府开放日",
                      "startDate": "2020-06-19", "endDate": "2020-06-19" },
                    { "id": "OE-2", "unit": "社管科", "startDate": "2020-06-19" },
                    { "unit": "社管科", "title": null, "type": "网络问政", "startDate": "2020-07-09",
                      "endDate": "2020-07-09" }
                  ]
                }
                """;
        folder.write("open-events.json", json);

        String second = at(json, "{ \"id\": \"OE-2\"");
        String third = at(json, "{ \"unit\"");
        folder.assertRefusedWith(
                problem("open-events.json", second, "/records/1/endDate", "缺少必填字段 endDate"),
                problem("open-events.json", second, "/records/1/title", "缺少必填字段 title"),
                problem("open-events.json", second, "/records/1/type", "缺少必填字段 type"),
                problem("open-events.json", third, "/records/2/id", "缺少必填字段 id"),
                problem("open-events.json", third, "/records/2/title", "缺少必填字段 title"));
    }

    @Test
    void reportsMissingRequiredFieldsOfAnEmptyRecordAndOfNestedObjects() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "major-decision",
                  "records": [
                    {},
                    { "id": "MD-2", "unit": "社管科", "title": "制定某办法",
                      "consultations": [ { "method": "座谈" } ] }
                  ]
                }
                """;
        folder.write("major-decisions.json", json);

        String empty = at(json, "{}");
        String second = at(json, "{ \"id\": \"MD-2\"");
        folder.assertRefusedWith(
                problem("major-decisions.json", empty, "/records/0/decidedOn", "缺少必填字段 decidedOn"),
                problem("major-decisions.json", empty, "/records/0/id", "缺少必填字段 id"),
                problem("major-decisions.json", empty, "/records/0/title", "缺少必填字段 title"),
                problem("major-decisions.json", empty, "/records/0/unit", "缺少必填字段 unit"),
                problem(
                        "major-decisions.json",
                        second,
                        "/records/1/consultations/0/date",
                        "缺少必填字段"),
                problem(
                        "major-decisions.json",
                        second,
                        "/records/1/decidedOn",
                        "缺少必填字段 decidedOn"));
    }

    @Test
    void anOmittedOptionalBooleanDefaultsToFalse() throws Exception {
        // Policy.needsInterpretation and Application.extended carry no @Required: leaving them out
        // is legitimate evidence (Application's javadoc: "only receipt is required").
        folder.write(
                "policies.json",
                """
                {"schema": "zwgk-evidence/1", "kind": "policy", "records": [
                  {"id": "POL-1", "unit": "法制科", "title": "甲", "publishedOn": "2020-01-10"}]}
                """);
        folder.write(
                "applications.json",
                """
                {"schema": "zwgk-evidence/1", "kind": "application", "records": [
                  {"id": "APP-1", "unit": "办公室", "receivedOn": "2020-01-03"}]}
                """);

        EvidenceSet set = folder.load();

        assertThat(set.records())
                .extracting(r -> r.id())
                .containsExactly("APP-1", "POL-1", "POL-REF");
        assertThat(set.records().get(0))
                .isInstanceOfSatisfying(Application.class, a -> assertThat(a.extended()).isFalse());
        assertThat(set.records().get(1))
                .isInstanceOfSatisfying(
                        Policy.class, p -> assertThat(p.needsInterpretation()).isFalse());
    }

    @Test
    void reportsEveryMissingRequiredFieldEvenWhenAnOptionalBooleanIsLeftOut() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "application",
                  "records": [
                    { "id": "APP-1", "subject": "申请公开某材料" }
                  ]
                }
                """;
        folder.write("applications.json", json);

        String record = at(json, "{ \"id\"");
        folder.assertRefusedWith(
                problem("applications.json", record, "/records/0/receivedOn", "缺少必填字段 receivedOn"),
                problem("applications.json", record, "/records/0/unit", "缺少必填字段 unit"));
    }

    // ---------------------------------------------------------------- impossible dates

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    policy             | publishedOn  | "2020-02-30"        | 不是有效日期
                    policy             | publishedOn  | "2020-13-01"        | 不是有效日期
                    policy             | publishedOn  | "2019-02-29"        | 不是有效日期
                    policy             | publishedOn  | "2020-00-10"        | 不是有效日期
                    policy             | publishedOn  | "2020-1-5"          | 不是有效日期
                    policy             | publishedOn  | "2020/01/05"        | 不是有效日期
                    policy             | publishedOn  | ""                  | 不是有效日期
                    open-event         | startDate    | "2020-02-30"        | 不是有效日期
                    publicity-activity | date         | "2020-13-01"        | 不是有效日期
                    emergency          | occurredAt   | "2020-02-30T10:00"  | 不是有效时间
                    emergency          | occurredAt   | "2020-13-01T10:00"  | 不是有效时间
                    emergency          | occurredAt   | "2020-02-17T24:30"  | 不是有效时间
                    emergency          | occurredAt   | "2020-02-17 09:40"  | 不是有效时间
                    emergency          | occurredAt   | "2020-02-17"        | 不是有效时间
                    """)
    void refusesAnImpossibleDate(String kind, String field, String value, String reason) {
        String json = RecordTemplates.withField(kind, field, value);
        folder.write("evidence.json", json);

        folder.assertRefusedWith(
                problem(
                        "evidence.json",
                        valueAt(json, field, value),
                        "/records/0/" + field,
                        reason));
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryInALeapYear() throws Exception {
        folder.write(
                "evidence.json",
                RecordTemplates.withField("policy", "publishedOn", "\"2020-02-29\""));

        assertThat(((Policy) folder.load().records().get(0)).publishedOn())
                .isEqualTo(LocalDate.of(2020, 2, 29));
    }

    /**
     * A date field takes a calendar date written as text and nothing else: Jackson's lenient
     * readings (a number as an epoch day, an array of parts, a date-time cut to its date) would let
     * a clerk's typo through as some other day.
     */
    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    policy             | publishedOn  | 18271                  | 不是有效日期
                    policy             | publishedOn  | [2020, 1, 10]          | 不是有效日期
                    policy             | publishedOn  | "2020-01-10T23:30"     | 不是有效日期
                    """)
    void refusesADateWrittenAsSomethingElseThanADate(
            String kind, String field, String value, String reason) {
        String json = RecordTemplates.withField(kind, field, value);
        folder.write("evidence.json", json);

        folder.assertRefusedWith(
                problem(
                        "evidence.json",
                        valueAt(json, field, value),
                        "/records/0/" + field,
                        reason));
    }

    // ---------------------------------------------------------------- dates in an impossible order

    @Test
    void refusesAnOpenEventThatEndsBeforeItStarts() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "open-event",
                  "records": [
                    { "id": "OE-1", "unit": "社管科", "title": "开放周", "type": "政府开放周",
                      "startDate": "2020-06-15", "endDate": "2020-06-15" },
                    { "id": "OE-2", "unit": "社管科", "title": "开放周", "type": "政府开放周",
                      "startDate": "2020-06-15", "endDate": "2020-06-14" }
                  ]
                }
                """;
        folder.write("open-events.json", json);

        folder.assertRefusedWith(
                problem(
                        "open-events.json",
                        at(json, "{ \"id\": \"OE-2\""),
                        "/records/1/endDate",
                        "结束日期 2020-06-14 早于开始日期 2020-06-15"));
    }

    @Test
    void refusesAResponseBeforeTheEmergencyComparingInstantsAcrossOffsets() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "emergency",
                  "records": [
                    { "id": "EM-1", "unit": "社管科", "title": "甲", "level": "重大", "major": true,
                      "occurredAt": "2020-02-17T09:40", "firstResponseAt": "2020-02-17T09:39" },
                    { "id": "EM-2", "unit": "社管科", "title": "乙", "level": "重大", "major": true,
                      "occurredAt": "2020-02-17T09:40", "firstResponseAt": "2020-02-17T01:50Z" },
                    { "id": "EM-3", "unit": "社管科", "title": "丙", "level": "重大", "major": true,
                      "occurredAt": "2020-02-17T09:40", "firstResponseAt": "2020-02-17T01:30Z" },
                    { "id": "EM-4", "unit": "社管科", "title": "丁", "level": "重大", "major": true,
                      "occurredAt": "2020-02-17T09:40", "firstResponseAt": "2020-02-17T09:40" }
                  ]
                }
                """;
        folder.write("emergencies.json", json);

        // EM-2 answers at 09:50 Shanghai time, after the event; EM-3 at 09:30, before it.
        folder.assertRefusedWith(
                problem(
                        "emergencies.json",
                        at(json, "{ \"id\": \"EM-1\""),
                        "/records/0/firstResponseAt",
                        "早于事件发生时间"),
                problem(
                        "emergencies.json",
                        at(json, "{ \"id\": \"EM-3\""),
                        "/records/2/firstResponseAt",
                        "早于事件发生时间"));
    }

    @Test
    void refusesACreditDisclosurePublishedBeforeItsDecision() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "credit-disclosure",
                  "records": [
                    { "id": "CD-1", "unit": "劳动保障监察大队", "type": "行政许可",
                      "decisionOn": "2020-01-06", "publishedOn": "2020-01-03" }
                  ]
                }
                """;
        folder.write("credit-disclosures.json", json);

        folder.assertRefusedWith(
                problem(
                        "credit-disclosures.json",
                        at(json, "{ \"id\""),
                        "/records/0/publishedOn",
                        "公示日期 2020-01-03 早于决定日期 2020-01-06"));
    }

    @Test
    void refusesAnElementThatBelongsToAnotherKindOfDocument() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "publication",
                  "records": [
                    { "id": "CA-1", "unit": "办公室", "category": "主动公开目录", "title": "目录",
                      "publishedOn": "2020-06-10", "elements": ["索引", "传真号码"] }
                  ]
                }
                """;
        folder.write("publications.json", json);

        folder.assertRefusedWith(
                problem(
                        "publications.json",
                        at(json, "{ \"id\""),
                        "/records/0/elements",
                        "所载要素“传真号码”属于政府信息公开指南，不属于本记录的类别主动公开目录"));
    }

    @Test
    void refusesAPolicyIssuedBeforeItWasDecided() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "major-decision",
                  "records": [
                    { "id": "MD-1", "unit": "社管科", "title": "制定某办法",
                      "decidedOn": "2020-03-20", "issuedOn": "2020-03-19" }
                  ]
                }
                """;
        folder.write("major-decisions.json", json);

        folder.assertRefusedWith(
                problem(
                        "major-decisions.json",
                        at(json, "{ \"id\""),
                        "/records/0/issuedOn",
                        "政策出台日期 2020-03-19 早于决策日期 2020-03-20"));
    }

    @Test
    void refusesAPublicityActivityWithNoUnits() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "publicity-activity",
                  "records": [
                    { "id": "PA-1", "title": "t", "date": "2020-05-20", "channel": "线上", "units": [] }
                  ]
                }
                """;
        folder.write("activities.json", json);

        folder.assertRefusedWith(
                problem(
                        "activities.json",
                        at(json, "{ \"id\""),
                        "/records/0/units",
                        "至少应列出一个参与单位"));
    }

    @Test
    void aProblemRecordDoesNotStopTheRecordsAfterItFromBeingChecked() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "emergency",
                  "records": [
                    { "id": "EM-1", "level": "重大", "major": "no", "unit": "社管科", "title": "甲",
                      "occurredAt": { "at": ["2020-02-17", "09:40"] }, "responseChannel": "网站" },
                    "EM-2",
                    { "id": "EM-3", "occurredAt": "2020-02-30T09:40", "unit": "社管科", "title": "丙", "level": "重大", "major": true },
                    { "id": "EM-4", "unit": "社管科", "title": "丁", "level": "重大", "major": true, "occurredAt": "2020-02-17T09:40" }
                  ]
                }
                """;
        folder.write("emergencies.json", json);

        folder.assertRefusedWith(
                problem(
                        "emergencies.json",
                        at(json, "\"no\""),
                        "/records/0/major",
                        "应为 true 或 false"),
                problem("emergencies.json", at(json, "\"EM-2\""), "/records/1", "记录应为 JSON 对象"),
                problem(
                        "emergencies.json",
                        at(json, "\"2020-02-30T09:40\""),
                        "/records/2/occurredAt",
                        "不是有效时间"));
    }

    @Test
    void pointsIntoListsAndResumesAtTheNextRecordAfterANestedError() {
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "major-decision",
                  "records": [
                    { "id": "MD-1", "unit": "社管科", "title": "甲", "decidedOn": "2020-03-20",
                      "consultations": [
                        { "date": "2020-03-04", "method": "座谈" },
                        { "date": "2020-02-30", "method": "听证" },
                        { "date": 7, "method": "听证" }
                      ] },
                    { "id": "MD-2", "unit": "社管科", "title": "乙", "decidedOn": "2020-03-20",
                      "issuedOn": "2020-03-01" }
                  ]
                }
                """;
        folder.write("major-decisions.json", json);
        String interpretations =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "interpretation",
                  "records": [
                    { "id": "INT-1", "form": "文字", "unit": "法制科", "policy": "POL-REF", "title": "甲",
                      "publishedOn": "2020-01-10",
                      "channels": ["网站",
                                   12] }
                  ]
                }
                """;
        folder.write("interpretations.json", interpretations);

        folder.assertRefusedWith(
                problem(
                        "interpretations.json",
                        at(interpretations, "12]"),
                        "/records/0/channels/1",
                        "应为文本"),
                problem(
                        "major-decisions.json",
                        at(json, "\"2020-02-30\""),
                        "/records/0/consultations/1/date",
                        "不是有效日期"),
                problem(
                        "major-decisions.json",
                        at(json, "{ \"id\": \"MD-2\""),
                        "/records/1/issuedOn",
                        "早于决策日期"));
    }

    @Test
    void aRecordWithATypeErrorIsNotAlsoCheckedForOrder() {
        // The record is not built, so no half-read record reaches the later checks.
        String json =
                """
                {
                  "schema": "zwgk-evidence/1",
                  "kind": "open-event",
                  "records": [
                    { "id": "OE-1", "title": 5, "unit": "外单位", "type": "政府开放日",
                      "startDate": "2020-06-15", "endDate": "2020-06-14" }
                  ]
                }
                """;
        folder.write("open-events.json", json);

        folder.assertRefusedWith(
                problem(
                        "open-events.json",
                        valueAt(json, "title", "5"),
                        "/records/0/title",
                        "应为文本"));
    }

    @Test
    void emergencyTimesReadInShanghaiAreComparedWithExplicitOffsets() throws Exception {
        folder.write(
                "emergencies.json",
                """
                {"schema": "zwgk-evidence/1", "kind": "emergency", "records": [
                  {"id": "EM-1", "unit": "社管科", "title": "甲", "level": "重大", "major": true,
                   "occurredAt": "2020-02-17T09:40", "firstResponseAt": "2020-02-17T01:50Z"}]}
                """);

        Emergency em = (Emergency) folder.load().records().get(0);

        assertThat(em.occurredAt().toInstant())
                .isEqualTo(java.time.Instant.parse("2020-02-17T01:40:00Z"));
        assertThat(em.firstResponseAt().toInstant())
                .isEqualTo(java.time.Instant.parse("2020-02-17T01:50:00Z"));
    }
}
