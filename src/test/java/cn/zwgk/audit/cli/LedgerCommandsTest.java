package cn.zwgk.audit.cli;

import static cn.zwgk.audit.cli.Run.zwgk;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.evidence.EvidenceLoader;
import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.facts.EvidenceKind;
import cn.zwgk.audit.ledger.LedgerFormat;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** zwgk evidence, template and convert, as a user runs them. */
class LedgerCommandsTest {
    static final Path SAMPLE = Path.of("sample-data/2020");
    static final Path THREE_MISTAKES = Path.of("src/test/resources/ledger/three-mistakes");

    @TempDir Path temp;

    @Test
    void evidenceCountsTheSamplePerKindAndUnitWithItsDateRange() {
        Run run = zwgk("evidence", SAMPLE.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "审计配置：申江区人力资源和社会保障局，2020 年度，8 个单位",
                        "读取文件 31 个（其中台账 1 个），记录 961 条，日期 2009-12-28 至 2021-06-30",
                        "依申请公开办理记录（application）",
                        "未发现问题。");
        assertThat(
                        run.out()
                                .lines()
                                .filter(l -> l.contains("（application）"))
                                .findFirst()
                                .orElseThrow())
                .endsWith(" 61");
        // The bureau-wide report table and the two bureau-wide declarations (DECL-X-001,
        // DECL-X-010).
        assertThat(run.out().lines().filter(l -> l.contains("（未指定单位）")).findFirst().orElseThrow())
                .endsWith(" 3");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void evidenceListsEveryMistakeOfALedgerByCellAndExitsThree() {
        Run run = zwgk("evidence", THREE_MISTAKES.toString());

        Path ledger = THREE_MISTAKES.resolve("ledger.xlsx");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err().lines())
                .containsExactly(
                        "证据有误（共 3 处）：",
                        ledger + ": 依申请公开办理记录!D6: 收到日期: “2020/2/30”不是存在的日期",
                        ledger
                                + ": 依申请公开办理记录!N13: 办理结果: 值 \"同意公开\" 不是允许的取值"
                                + "（允许：予以公开、部分公开、不予公开、无法提供、不予处理、其他处理）",
                        ledger + ": 宣传活动!E4: 参与单位（第 2 项）: 单位 人事科 不在审计配置的单位列表中");
        assertThat(run.out()).contains("记录 82 条", "以上计数不含无法读成记录的行。");
    }

    @Test
    void theSampleRoundTripsThroughAWorkbookWithNothingLost() throws Exception {
        Path workbook = temp.resolve("all.xlsx");
        Path json = temp.resolve("json");
        Path again = temp.resolve("again.xlsx");

        assertThat(zwgk("convert", SAMPLE.toString(), workbook.toString()).exit()).isZero();
        assertThat(zwgk("convert", workbook.toString(), json.toString()).exit()).isZero();
        Files.copy(SAMPLE.resolve("profile.json"), json.resolve("profile.json"));
        assertThat(zwgk("convert", json.toString(), again.toString()).exit()).isZero();

        List<Evidence> original = new EvidenceLoader().load(SAMPLE).records();
        assertThat(original).hasSize(961);
        assertThat(new EvidenceLoader().load(json).records())
                .containsExactlyInAnyOrderElementsOf(original);
        assertThat(new EvidenceLoader().readFile(workbook))
                .containsExactlyInAnyOrderElementsOf(original);
        assertThat(Files.mismatch(again, workbook))
                .as("the same records give the same workbook")
                .isEqualTo(-1);
    }

    @Test
    void theSampleRoundTripsThroughCsvLedgersWithNothingLost() throws Exception {
        Path csv = temp.resolve("csv");

        Run run = zwgk("convert", SAMPLE.toString(), csv.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(csv.resolve("application.csv")).exists();
        Files.copy(SAMPLE.resolve("profile.json"), csv.resolve("profile.json"));
        assertThat(new EvidenceLoader().load(csv).records())
                .containsExactlyInAnyOrderElementsOf(new EvidenceLoader().load(SAMPLE).records());
    }

    @Test
    void theSampleLedgerIsExactlyWhatConvertWritesFromItsRecords() throws Exception {
        Path json = temp.resolve("json");
        Path rewritten = temp.resolve("ledger.xlsx");
        assertThat(
                        zwgk("convert", SAMPLE.resolve("ledger.xlsx").toString(), json.toString())
                                .exit())
                .isZero();
        assertThat(json.resolve("application.json")).exists();
        Files.copy(SAMPLE.resolve("profile.json"), json.resolve("profile.json"));

        assertThat(zwgk("convert", json.toString(), rewritten.toString()).exit()).isZero();

        assertThat(Files.mismatch(rewritten, SAMPLE.resolve("ledger.xlsx")))
                .as("first differing byte")
                .isEqualTo(-1);
    }

    @Test
    void convertNeverWritesOverAFileAndRefusesBadEvidence() throws Exception {
        Path existing = Files.writeString(temp.resolve("keep.xlsx"), "someone's ledger");

        Run over = zwgk("convert", SAMPLE.toString(), existing.toString());
        Run bad = zwgk("convert", THREE_MISTAKES.toString(), temp.resolve("new.xlsx").toString());

        assertThat(over.exit()).isEqualTo(2);
        assertThat(over.err()).contains(existing + " 已存在，不予覆盖");
        assertThat(Files.readString(existing)).isEqualTo("someone's ledger");
        assertThat(bad.exit()).isEqualTo(3);
        assertThat(bad.err()).contains("依申请公开办理记录!D6");
        assertThat(temp.resolve("new.xlsx")).doesNotExist();
    }

    @Test
    void aValueNoCellCanHoldAsItIsIsRefusedRatherThanAlteredInTheWorkbook() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("evidence"));
        Files.copy(SAMPLE.resolve("profile.json"), folder.resolve("profile.json"));
        Files.writeString(
                folder.resolve("publications.json"),
                """
                {"schema": "zwgk-evidence/1", "kind": "publication", "records": [
                  {"id": "PBL-1", "unit": "办公室", "category": "依申请公开工作制度", "title": "制度",
                   "publishedOn": "2020-06-30", "covers": ["登记；审核", "办理"]}
                ]}
                """);

        Run run = zwgk("convert", folder.toString(), temp.resolve("out.xlsx").toString());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err())
                .contains(
                        folder.resolve("publications.json")
                                + ":2:3: /records/0/covers: 无法原样写入工作簿（制度文件与公开目录"
                                + " PBL-1）：列表中的一项“登记；审核”");
        assertThat(temp.resolve("out.xlsx")).doesNotExist();
    }

    @Test
    void theTemplateHasASheetPerKindWithLabelsFieldNamesAndValidations() throws Exception {
        Path template = temp.resolve("台账模板.xlsx");

        Run run = zwgk("template", template.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        try (InputStream in = Files.newInputStream(template);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetName(0)).isEqualTo(LedgerFormat.NOTES_SHEET);
            assertThat(book.isSheetHidden(book.getSheetIndex(LedgerFormat.CHOICES_SHEET))).isTrue();
            for (EvidenceKind kind : EvidenceKind.values()) {
                XSSFSheet sheet = book.getSheet(kind.label());
                assertThat(sheet).as(kind.label()).isNotNull();
                Row header = sheet.getRow(0);
                List<LedgerFormat.Column> columns = LedgerFormat.columns(kind);
                assertThat(header.getLastCellNum()).isEqualTo((short) columns.size());
                for (int i = 0; i < columns.size(); i++) {
                    assertThat(header.getCell(i).getStringCellValue())
                            .isEqualTo(columns.get(i).label());
                    assertThat(header.getCell(i).getCellComment().getString().getString())
                            .startsWith(columns.get(i).field());
                }
            }
            XSSFSheet applications = book.getSheet("依申请公开办理记录");
            DataValidation outcome = validationOf(applications, "办理结果");
            assertThat(outcome.getValidationConstraint().getValidationType())
                    .isEqualTo(ValidationType.LIST);
            String range = outcome.getValidationConstraint().getFormula1();
            assertThat(range).startsWith("'取值'!");
            assertThat(
                            validationOf(applications, "收到日期")
                                    .getValidationConstraint()
                                    .getValidationType())
                    .isEqualTo(ValidationType.DATE);
            assertThat(
                            validationOf(applications, "是否延期")
                                    .getValidationConstraint()
                                    .getValidationType())
                    .isEqualTo(ValidationType.LIST);
            assertThat(
                            validationOf(book.getSheet("一网通办主动推送"), "推送人数")
                                    .getValidationConstraint()
                                    .getValidationType())
                    .isEqualTo(ValidationType.INTEGER);
            assertThat(
                            book.getSheet(LedgerFormat.NOTES_SHEET)
                                    .getRow(5)
                                    .getCell(1)
                                    .getStringCellValue())
                    .isEqualTo("编号");
        }

        Path folder = Files.createDirectories(temp.resolve("empty-ledger"));
        Files.copy(SAMPLE.resolve("profile.json"), folder.resolve("profile.json"));
        Files.copy(template, folder.resolve("ledger.xlsx"));
        assertThat(new EvidenceLoader().load(folder).records())
                .as("an empty template is valid evidence")
                .isEmpty();
        assertThat(zwgk("template", template.toString()).exit()).as("no overwrite").isEqualTo(2);
    }

    private static DataValidation validationOf(XSSFSheet sheet, String label) {
        int column = -1;
        for (var cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(label)) {
                column = cell.getColumnIndex();
            }
        }
        int wanted = column;
        return sheet.getDataValidations().stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == wanted)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no validation on " + label));
    }
}
