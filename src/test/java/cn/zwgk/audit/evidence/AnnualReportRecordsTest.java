package cn.zwgk.audit.evidence;

import static cn.zwgk.audit.evidence.EvidenceFolder.at;
import static cn.zwgk.audit.evidence.EvidenceFolder.problem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.facts.NormativeDocument;
import cn.zwgk.audit.facts.Rectification;
import cn.zwgk.audit.facts.ResourceAllocation;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The records the annual report's Table 2 and 整改措施 come from are checked like every kind: each is
 * read whole, and a date or amount that cannot be is refused with its place.
 */
class AnnualReportRecordsTest {
    @TempDir Path dir;

    private EvidenceFolder folder;

    @BeforeEach
    void profile() {
        folder = EvidenceFolder.withProfile(dir);
    }

    @Test
    void readsEachKindWhole() throws Exception {
        folder.write(
                "normative-documents.json",
                """
                {"schema": "zwgk-evidence/1", "kind": "normative-document", "records": [
                  {"id": "ND-1", "unit": "法制科", "type": "行政规范性文件", "title": "某办法",
                   "documentNumber": "某规〔2020〕1号", "issuedOn": "2020-03-01",
                   "publishedOn": "2020-03-05", "repealedOn": "2020-12-31"}]}
                """);
        folder.write(
                "rectifications.json",
                """
                {"schema": "zwgk-evidence/1", "kind": "rectification", "records": [
                  {"id": "RF-1", "task": 1, "unit": "社管科", "problem": "未参与宣传",
                   "measure": "补开一次宣传", "responsibleUnit": "法制科", "targetDate": "2021-03-31"}]}
                """);
        folder.write(
                "resource-allocations.json",
                """
                {"schema": "zwgk-evidence/1", "kind": "resource-allocation", "records": [
                  {"id": "RA-1", "unit": "办公室", "type": "政府采购", "title": "物业服务",
                   "eventOn": "2020-01-08", "centralised": true, "amount": 1286400}]}
                """);

        assertThat(folder.load().records())
                .contains(
                        new NormativeDocument(
                                "ND-1",
                                "法制科",
                                NormativeDocument.Type.行政规范性文件,
                                "某办法",
                                "某规〔2020〕1号",
                                LocalDate.of(2020, 3, 1),
                                LocalDate.of(2020, 3, 5),
                                LocalDate.of(2020, 12, 31)),
                        new Rectification(
                                "RF-1",
                                1,
                                "社管科",
                                "未参与宣传",
                                "补开一次宣传",
                                "法制科",
                                LocalDate.of(2021, 3, 31)),
                        new ResourceAllocation(
                                "RA-1",
                                "办公室",
                                ResourceAllocation.Type.政府采购,
                                "物业服务",
                                LocalDate.of(2020, 1, 8),
                                null,
                                true,
                                1_286_400L,
                                null,
                                null,
                                null));
    }

    @Test
    void refusesADocumentRepealedBeforeItWasMadeAndAnItemRemovedBeforeItWasListed() {
        String documents =
                """
                {"schema": "zwgk-evidence/1", "kind": "normative-document", "records": [
                  { "id": "ND-1", "unit": "法制科", "type": "规章", "title": "某规定",
                    "issuedOn": "2020-03-01", "publishedOn": "2020-02-28", "repealedOn": "2019-01-01" }]}
                """;
        String items =
                """
                {"schema": "zwgk-evidence/1", "kind": "power-item", "records": [
                  { "id": "QZ-1", "unit": "法制科", "category": "行政许可", "name": "某许可",
                    "listedOn": "2020-06-01", "removedOn": "2020-05-31" }]}
                """;
        folder.write("normative-documents.json", documents);
        folder.write("power-items.json", items);

        folder.assertRefusedWith(
                problem(
                        "normative-documents.json",
                        at(documents, "{ \"id\""),
                        "/records/0/publishedOn",
                        "公开日期 2020-02-28 早于印发日期 2020-03-01"),
                problem(
                        "normative-documents.json",
                        at(documents, "{ \"id\""),
                        "/records/0/repealedOn",
                        "废止日期 2019-01-01 早于印发日期 2020-03-01"),
                problem(
                        "power-items.json",
                        at(items, "{ \"id\""),
                        "/records/0/removedOn",
                        "取消日期 2020-05-31 早于列入日期 2020-06-01"));
    }

    @Test
    void refusesANegativeAmountAndACentralisedFlagOnAnythingButProcurement() {
        String json =
                """
                {"schema": "zwgk-evidence/1", "kind": "resource-allocation", "records": [
                  { "id": "RA-1", "unit": "办公室", "type": "政府采购", "title": "物业服务",
                    "eventOn": "2020-01-08", "centralised": true, "amount": -5 },
                  { "id": "RA-2", "unit": "办公室", "type": "国有产权交易", "title": "车辆拍卖",
                    "eventOn": "2020-05-27", "centralised": false }]}
                """;
        folder.write("resource-allocations.json", json);

        folder.assertRefusedWith(
                problem(
                        "resource-allocations.json",
                        at(json, "{ \"id\""),
                        "/records/0/amount",
                        "金额 -5 不能为负数"),
                problem(
                        "resource-allocations.json",
                        at(json, "{ \"id\": \"RA-2\""),
                        "/records/1/centralised",
                        "只有政府采购事项才有“是否政府集中采购”"));
    }

    @Test
    void refusesAnEnforcementMeasureTheLawDoesNotName() {
        String json =
                """
                {"schema": "zwgk-evidence/1", "kind": "enforcement-decision", "records": [
                  { "id": "EN-1", "unit": "劳动保障监察大队", "measure": "罚款", "decidedOn": "2020-05-01" }]}
                """;
        folder.write("enforcement-decisions.json", json);

        assertThat(folder.refusal().problems())
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("罚款", "查封场所设施或者财物", "行政强制执行"));
    }

    @Test
    void refusesARectificationWhoseResponsibleUnitIsNotInTheProfile() {
        String json =
                """
                {"schema": "zwgk-evidence/1", "kind": "rectification", "records": [
                  { "id": "RF-1", "task": 3, "problem": "指南未及时更新", "measure": "建立变更登记",
                    "responsibleUnit": "人事科", "targetDate": "2021-02-28" }]}
                """;
        folder.write("rectifications.json", json);

        assertThat(folder.refusal().problems())
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("人事科", "不在审计配置的单位列表中"));
    }
}
