package cn.zwgk.audit.evidence;

import static cn.zwgk.audit.evidence.EvidenceFolder.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.zwgk.audit.facts.AnnualReport;
import cn.zwgk.audit.facts.Application;
import cn.zwgk.audit.facts.CreditDisclosure;
import cn.zwgk.audit.facts.Emergency;
import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.facts.EvidenceKind;
import cn.zwgk.audit.facts.Interpretation;
import cn.zwgk.audit.facts.MajorDecision;
import cn.zwgk.audit.facts.OpenEvent;
import cn.zwgk.audit.facts.Policy;
import cn.zwgk.audit.facts.PublicityActivity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a valid folder loads into: typed records in reading order, their sources, the profile. */
class EvidenceLoaderValidFolderTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir Path dir;

    static final String POLICIES =
            """
            {
              "schema": "zwgk-evidence/1",
              "kind": "policy",
              "records": [
                {
                  "id": "POL-1",
                  "unit": "法制科",
                  "title": "《申江区某某管理办法》",
                  "documentNumber": "申人社规〔2020〕1号",
                  "approvedOn": "2020-01-02",
                  "publishedOn": "2020-01-10",
                  "needsInterpretation": true
                },
                {
                  "id": "POL-2",
                  "unit": "办公室",
                  "title": "《关于某某的通知》",
                  "publishedOn": "2020-02-06",
                  "needsInterpretation": false
                }
              ]
            }
            """;

    static final String INTERPRETATIONS =
            """
            {
              "schema": "zwgk-evidence/1",
              "kind": "interpretation",
              "records": [
                {
                  "id": "INT-1",
                  "unit": "法制科",
                  "policy": "POL-1",
                  "title": "一图读懂《申江区某某管理办法》",
                  "form": "图表图解",
                  "publishedOn": "2020-01-10",
                  "channels": ["区政府门户网站"]
                }
              ]
            }
            """;

    static final String EMERGENCIES =
            """
            {
              "schema": "zwgk-evidence/1",
              "kind": "emergency",
              "records": [
                {
                  "id": "EM-1",
                  "unit": "社管科",
                  "title": "无时区的时间按北京时间读",
                  "level": "重大",
                  "major": true,
                  "occurredAt": "2020-02-17T09:40",
                  "firstResponseAt": "2020-02-17T12:15:30"
                },
                {
                  "id": "EM-2",
                  "unit": "社管科",
                  "title": "带时区的时间照写读",
                  "level": "一般",
                  "major": false,
                  "occurredAt": "2020-07-14T07:20Z",
                  "firstResponseAt": "2020-07-14T19:05+09:00"
                }
              ]
            }
            """;

    static final String ACTIVITIES =
            """
            {
              "schema": "zwgk-evidence/1",
              "kind": "publicity-activity",
              "records": [
                { "id": "PA-1", "title": "Regulation day", "date": "2020-05-20", "channel": "线下",
                  "units": ["办公室", "法制科"] }
              ]
            }
            """;

    private EvidenceFolder folderWithSampleProfile() throws Exception {
        EvidenceFolder folder = new EvidenceFolder(dir);
        Files.copy(Path.of("sample-data", "2020", "profile.json"), dir.resolve("profile.json"));
        folder.write("policies.json", POLICIES);
        folder.write("interpretations.json", INTERPRETATIONS);
        folder.write("emergencies.json", EMERGENCIES.replace("社管科", "社会保险科"));
        folder.write("README.md", "# 说明\n这些文件是测试用的证据。\n");
        return folder;
    }

    @Test
    void theSampleProfileAndASmallValidFolderLoad() throws Exception {
        EvidenceSet set = folderWithSampleProfile().load();

        assertThat(set.folder()).isEqualTo(dir);
        assertThat(set.profile().organisation()).isEqualTo("申江区人力资源和社会保障局");
        assertThat(set.profile().auditYear()).isEqualTo(2020);
        assertThat(set.profile().units()).hasSize(8).startsWith("办公室", "法制科");
        assertThat(set.profile().anchors())
                .containsEntry("rulesIssuedOn", LocalDate.of(2020, 4, 26))
                .containsEntry("rulesEffectiveOn", LocalDate.of(2020, 6, 1))
                .containsEntry("oaIntegratedOn", LocalDate.of(2020, 3, 16));
        assertThat(set.profile().pilotFields()).containsExactly("就业", "社会保险");
        assertThat(set.profile().calendar().workingDays()).isEmpty();
        assertThat(set.count(EvidenceKind.POLICY)).isEqualTo(2);
        assertThat(set.count(EvidenceKind.INTERPRETATION)).isEqualTo(1);
        assertThat(set.count(EvidenceKind.EMERGENCY)).isEqualTo(2);
        assertThat(set.count(EvidenceKind.OPEN_EVENT)).isZero();
        assertThat(set.files())
                .as("the files read, for the manifest; notes for people are not evidence")
                .extracting(p -> p.getFileName().toString())
                .containsExactly(
                        "emergencies.json",
                        "interpretations.json",
                        "policies.json",
                        "profile.json");
    }

    @Test
    void readsEveryFieldIntoTheTypedRecord() throws Exception {
        EvidenceSet set = folderWithSampleProfile().load();

        Map<String, Evidence> byId = byId(set);
        // Compared field by field, not with a constructor, so that fields added to the records
        // later do not break these tests.
        assertThat(List.of(byId.get("POL-1"), byId.get("POL-2")))
                .map(Policy.class::cast)
                .extracting(
                        Policy::id,
                        Policy::unit,
                        Policy::title,
                        Policy::documentNumber,
                        Policy::approvedOn,
                        Policy::publishedOn,
                        Policy::needsInterpretation)
                .containsExactly(
                        tuple(
                                "POL-1",
                                "法制科",
                                "《申江区某某管理办法》",
                                "申人社规〔2020〕1号",
                                LocalDate.of(2020, 1, 2),
                                LocalDate.of(2020, 1, 10),
                                true),
                        tuple(
                                "POL-2",
                                "办公室",
                                "《关于某某的通知》",
                                null,
                                null,
                                LocalDate.of(2020, 2, 6),
                                false));
        assertThat(byId.get("INT-1"))
                .isInstanceOfSatisfying(
                        Interpretation.class,
                        i ->
                                assertThat(i)
                                        .extracting(
                                                Interpretation::id,
                                                Interpretation::unit,
                                                Interpretation::policy,
                                                Interpretation::title,
                                                Interpretation::form,
                                                Interpretation::approvedOn,
                                                Interpretation::publishedOn,
                                                Interpretation::channels)
                                        .containsExactly(
                                                "INT-1",
                                                "法制科",
                                                "POL-1",
                                                "一图读懂《申江区某某管理办法》",
                                                Interpretation.Form.图表图解,
                                                null,
                                                LocalDate.of(2020, 1, 10),
                                                List.of("区政府门户网站")));
    }

    @Test
    void recordsKeepFileOrderThenRecordOrder() throws Exception {
        EvidenceFolder folder = folderWithSampleProfile();
        folder.write(
                "sub/annual-reports.json",
                """
                {"schema": "zwgk-evidence/1", "kind": "annual-report", "records": [
                  {"id": "AR-2", "unit": "办公室", "reportYear": 2019, "publishedOn": "2020-01-20"},
                  {"id": "AR-1", "unit": "办公室", "reportYear": 2018, "publishedOn": "2019-03-29"}
                ]}
                """);

        EvidenceSet set = folder.load();

        // Files in path order (emergencies, interpretations, policies, sub/…), records as written.
        assertThat(set.records())
                .extracting(Evidence::id)
                .containsExactly("EM-1", "EM-2", "INT-1", "POL-1", "POL-2", "AR-2", "AR-1");
        // Sources are for looking up by id, in no particular order.
        assertThat(set.sources().keySet())
                .containsExactlyInAnyOrder(
                        "EM-1", "EM-2", "INT-1", "POL-1", "POL-2", "AR-2", "AR-1");
    }

    @Test
    void sourcesGiveTheFilePointerAndPlaceOfEachRecord() throws Exception {
        EvidenceSet set = folderWithSampleProfile().load();

        RecordSource pol2 = set.sources().get("POL-2");
        assertThat(pol2.file()).isEqualTo(dir.resolve("policies.json"));
        assertThat(pol2.location().pointer()).isEqualTo("/records/1");
        // The record's opening brace: the second "{" after the "records" line.
        String brace = at(POLICIES, "{\n      \"id\": \"POL-2\"");
        assertThat(pol2.location().line() + ":" + pol2.location().column())
                .isEqualTo(brace)
                .isEqualTo("14:5");

        RecordSource int1 = set.sources().get("INT-1");
        assertThat(int1.file()).isEqualTo(dir.resolve("interpretations.json"));
        assertThat(int1.location().pointer()).isEqualTo("/records/0");
        assertThat(int1.location().line() + ":" + int1.location().column()).isEqualTo("5:5");
    }

    @Test
    void timesWithoutAnOffsetAreReadAsShanghaiTime() throws Exception {
        EvidenceSet set = folderWithSampleProfile().load();

        Emergency em1 = (Emergency) byId(set).get("EM-1");
        assertThat(em1.occurredAt())
                .isEqualTo(OffsetDateTime.of(2020, 2, 17, 9, 40, 0, 0, ZoneOffset.ofHours(8)));
        assertThat(em1.occurredAt().getOffset()).isEqualTo(ZoneOffset.ofHours(8));
        assertThat(em1.firstResponseAt())
                .isEqualTo(OffsetDateTime.of(2020, 2, 17, 12, 15, 30, 0, ZoneOffset.ofHours(8)));
        assertThat(em1.major()).isTrue();
    }

    @Test
    void timesWithAnOffsetKeepTheirInstant() throws Exception {
        EvidenceSet set = folderWithSampleProfile().load();

        // The written offset is honoured, not replaced by Shanghai's: 07:20Z is 15:20 in Shanghai,
        // 19:05+09:00 is 18:05. (Whether the value keeps the written offset or is expressed at
        // +08:00 is left open here: only the instant and the Shanghai wall time matter to rules.)
        Emergency em2 = (Emergency) byId(set).get("EM-2");
        assertThat(em2.occurredAt().toInstant())
                .isEqualTo(OffsetDateTime.of(2020, 7, 14, 7, 20, 0, 0, ZoneOffset.UTC).toInstant());
        assertThat(em2.occurredAt().atZoneSameInstant(SHANGHAI).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2020, 7, 14, 15, 20));
        assertThat(em2.firstResponseAt().toInstant())
                .isEqualTo(
                        OffsetDateTime.of(2020, 7, 14, 19, 5, 0, 0, ZoneOffset.ofHours(9))
                                .toInstant());
        assertThat(em2.firstResponseAt().atZoneSameInstant(SHANGHAI).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2020, 7, 14, 18, 5));
    }

    @Test
    void aTimeWrittenLateInTheEveningUtcFallsOnTheNextShanghaiDay() throws Exception {
        EvidenceFolder folder = EvidenceFolder.withProfile(dir);
        folder.write(
                "emergencies.json",
                """
                {"schema": "zwgk-evidence/1", "kind": "emergency", "records": [
                  {"id": "EM-1", "unit": "社管科", "title": "甲", "major": true, "occurredAt": "2020-06-30T16:30:00Z"}]}
                """);

        Emergency em = (Emergency) folder.load().records().get(0);

        assertThat(em.occurredAt().atZoneSameInstant(SHANGHAI).toLocalDate())
                .isEqualTo(LocalDate.of(2020, 7, 1));
        assertThat(em.occurredAt().toInstant())
                .isEqualTo(java.time.Instant.parse("2020-06-30T16:30:00Z"));
    }

    @Test
    void aPublicityActivityNamesSeveralProfileUnits() throws Exception {
        EvidenceFolder folder = EvidenceFolder.withProfile(dir);
        folder.write("activities.json", ACTIVITIES);

        EvidenceSet set = folder.load();

        assertThat(set.records())
                .singleElement()
                .isInstanceOfSatisfying(
                        PublicityActivity.class,
                        a ->
                                assertThat(a)
                                        .extracting(
                                                PublicityActivity::id,
                                                PublicityActivity::title,
                                                PublicityActivity::date,
                                                PublicityActivity::channel,
                                                PublicityActivity::units)
                                        .containsExactly(
                                                "PA-1",
                                                "Regulation day",
                                                LocalDate.of(2020, 5, 20),
                                                PublicityActivity.Channel.线下,
                                                List.of("办公室", "法制科")));
    }

    @Test
    void everyKindReadsFromAValidRecord() throws Exception {
        EvidenceFolder folder = EvidenceFolder.withProfile(dir);
        folder.write(
                "a.json",
                """
                {"schema": "zwgk-evidence/1", "kind": "annual-report", "records": [
                  {"id": "AR", "unit": "办公室", "reportYear": 2019, "publishedOn": "2020-01-20",
                   "submittedOn": "2020-01-15", "format": "国办公开办函〔2019〕60号"}]}
                """);
        folder.write(
                "b.json",
                """
                {"schema": "zwgk-evidence/1", "kind": "application", "records": [
                  {"id": "APP", "unit": "办公室", "receivedOn": "2020-01-03", "repliedOn": "2020-01-17",
                   "extended": true}]}
                """);
        folder.write(
                "c.json",
                """
                {"schema": "zwgk-evidence/1", "kind": "credit-disclosure", "records": [
                  {"id": "CD", "unit": "劳动保障监察大队", "type": "行政处罚", "decisionOn": "2020-01-03",
                   "publishedOn": "2020-01-03"}]}
                """);
        folder.write(
                "d.json",
                """
                {"schema": "zwgk-evidence/1", "kind": "major-decision", "records": [
                  {"id": "MD", "unit": "社管科", "title": "制定某办法",
                   "consultations": [{"method": "座谈", "date": "2020-03-04"}],
                   "decidedOn": "2020-03-20", "issuedOn": "2020-03-20"}]}
                """);
        folder.write(
                "e.json",
                """
                {"schema": "zwgk-evidence/1", "kind": "open-event", "records": [
                  {"id": "OE", "unit": "社管科", "title": "开放周", "type": "政府开放周",
                   "startDate": "2020-06-15", "endDate": "2020-06-19"}]}
                """);

        Map<String, Evidence> byId = byId(folder.load());

        assertThat(byId.get("AR"))
                .isInstanceOfSatisfying(
                        AnnualReport.class,
                        r ->
                                assertThat(r)
                                        .extracting(
                                                AnnualReport::id,
                                                AnnualReport::unit,
                                                AnnualReport::reportYear,
                                                AnnualReport::publishedOn,
                                                AnnualReport::submittedOn,
                                                AnnualReport::format)
                                        .containsExactly(
                                                "AR",
                                                "办公室",
                                                2019,
                                                LocalDate.of(2020, 1, 20),
                                                LocalDate.of(2020, 1, 15),
                                                "国办公开办函〔2019〕60号"));
        assertThat(byId.get("APP"))
                .isInstanceOfSatisfying(
                        Application.class,
                        a ->
                                assertThat(a)
                                        .extracting(
                                                Application::id,
                                                Application::unit,
                                                Application::subject,
                                                Application::receivedOn,
                                                Application::registeredOn,
                                                Application::repliedOn,
                                                Application::extended)
                                        .containsExactly(
                                                "APP",
                                                "办公室",
                                                null,
                                                LocalDate.of(2020, 1, 3),
                                                null,
                                                LocalDate.of(2020, 1, 17),
                                                true));
        assertThat(byId.get("CD"))
                .isInstanceOfSatisfying(
                        CreditDisclosure.class,
                        c ->
                                assertThat(c)
                                        .extracting(
                                                CreditDisclosure::id,
                                                CreditDisclosure::unit,
                                                CreditDisclosure::type,
                                                CreditDisclosure::decisionNumber,
                                                CreditDisclosure::decisionOn,
                                                CreditDisclosure::publishedOn)
                                        .containsExactly(
                                                "CD",
                                                "劳动保障监察大队",
                                                CreditDisclosure.Type.行政处罚,
                                                null,
                                                LocalDate.of(2020, 1, 3),
                                                LocalDate.of(2020, 1, 3)));
        assertThat(byId.get("MD"))
                .isInstanceOfSatisfying(
                        MajorDecision.class,
                        d ->
                                assertThat(d)
                                        .extracting(
                                                MajorDecision::id,
                                                MajorDecision::unit,
                                                MajorDecision::title,
                                                MajorDecision::consultations,
                                                MajorDecision::decidedOn,
                                                MajorDecision::issuedOn,
                                                MajorDecision::feedbackPublishedOn)
                                        .containsExactly(
                                                "MD",
                                                "社管科",
                                                "制定某办法",
                                                List.of(
                                                        new MajorDecision.Consultation(
                                                                MajorDecision.Method.座谈,
                                                                LocalDate.of(2020, 3, 4))),
                                                LocalDate.of(2020, 3, 20),
                                                LocalDate.of(2020, 3, 20),
                                                null));
        assertThat(byId.get("OE"))
                .isInstanceOfSatisfying(
                        OpenEvent.class,
                        e ->
                                assertThat(e)
                                        .extracting(
                                                OpenEvent::id,
                                                OpenEvent::unit,
                                                OpenEvent::title,
                                                OpenEvent::type,
                                                OpenEvent::startDate,
                                                OpenEvent::endDate)
                                        .containsExactly(
                                                "OE",
                                                "社管科",
                                                "开放周",
                                                OpenEvent.Type.政府开放周,
                                                LocalDate.of(2020, 6, 15),
                                                LocalDate.of(2020, 6, 19)));
    }

    @Test
    void anEvidenceFileWithNoRecordsIsValid() throws Exception {
        EvidenceFolder folder = EvidenceFolder.withProfile(dir);
        folder.write(
                "open-events.json",
                """
                {"schema": "zwgk-evidence/1", "kind": "open-event", "records": []}
                """);

        EvidenceSet set = folder.load();

        assertThat(set.records()).isEmpty();
        assertThat(set.profile().units()).containsExactly("办公室", "法制科", "社管科", "劳动保障监察大队");
    }

    @Test
    void markdownNotesAnywhereInTheFolderAreNotRead() throws Exception {
        EvidenceFolder folder = EvidenceFolder.withProfile(dir);
        folder.write("README.md", "{ not json");
        folder.write("notes/记录说明.md", "随便写");

        assertThat(folder.load().records()).isEmpty();
    }

    @Test
    void anOmittedOptionalBooleanDefaultsToFalse() throws Exception {
        // Policy.needsInterpretation and Application.extended carry no @Required: leaving them out
        // is legitimate evidence (Application's javadoc: "only receipt is required").
        EvidenceFolder folder = EvidenceFolder.withProfile(dir);
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

        assertThat(set.records()).extracting(Evidence::id).containsExactly("APP-1", "POL-1");
        assertThat(set.records().get(0))
                .isInstanceOfSatisfying(Application.class, a -> assertThat(a.extended()).isFalse());
        assertThat(set.records().get(1))
                .isInstanceOfSatisfying(
                        Policy.class, p -> assertThat(p.needsInterpretation()).isFalse());
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryInALeapYear() throws Exception {
        // The corpus case date-2019-02-29 is the same date in a common year, refused.
        EvidenceFolder folder = EvidenceFolder.withProfile(dir);
        folder.write(
                "evidence.json",
                RecordTemplates.withField("policy", "publishedOn", "\"2020-02-29\""));

        assertThat(((Policy) folder.load().records().get(0)).publishedOn())
                .isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void aReferenceMayPointIntoALaterFile() throws Exception {
        EvidenceFolder folder = EvidenceFolder.withProfile(dir);
        folder.write("a-interpretations.json", RecordTemplates.valid("interpretation"));
        folder.write("z-policies.json", RecordTemplates.SUPPORT_POLICY);

        assertThat(folder.load().records()).hasSize(2);
    }

    @Test
    void theProjectSampleDataLoads() throws Exception {
        EvidenceSet set = new EvidenceLoader().load(Path.of("sample-data", "2020"));

        // The kinds the sample covers when these tests were written; more may be added.
        for (EvidenceKind kind :
                List.of(
                        EvidenceKind.PUBLICITY_ACTIVITY,
                        EvidenceKind.ANNUAL_REPORT,
                        EvidenceKind.APPLICATION,
                        EvidenceKind.POLICY,
                        EvidenceKind.INTERPRETATION,
                        EvidenceKind.EMERGENCY,
                        EvidenceKind.MAJOR_DECISION,
                        EvidenceKind.OPEN_EVENT,
                        EvidenceKind.CREDIT_DISCLOSURE)) {
            assertThat(set.count(kind)).as("records of kind %s", kind).isPositive();
        }
        assertThat(set.sources()).hasSameSizeAs(set.records());
    }

    private static Map<String, Evidence> byId(EvidenceSet set) {
        return set.records().stream()
                .collect(java.util.stream.Collectors.toMap(Evidence::id, r -> r));
    }
}
