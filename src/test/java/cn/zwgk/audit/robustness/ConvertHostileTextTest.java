package cn.zwgk.audit.robustness;

import static cn.zwgk.audit.cli.Run.zwgk;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.cli.Run;
import cn.zwgk.audit.evidence.EvidenceLoader;
import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.report.RenderedText;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zwgk convert} on evidence text an adversarial or careless user types: formula prefixes,
 * quotes, commas, line breaks, markup, Excel's own escape syntax, characters beyond the BMP. The
 * workbook parses as XML and the CSV files keep their column counts; both come back as the same
 * records, formula prefixes included. What a ledger cannot hold as it is (a control character, text
 * over Excel's cell limit) is refused with its file, place and field, never cut or replaced.
 */
class ConvertHostileTextTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Text that broke or could break a spreadsheet, each a title that must come back unchanged. */
    static final List<String> HOSTILE =
            List.of(
                    "=HYPERLINK(\"http://example.com\",\"点此\")",
                    "+86 21 1234",
                    "-（无）",
                    "@SUM(A1:A2)",
                    "'=已带撇号的公式",
                    "''+两个撇号",
                    "'普通撇号开头",
                    "-5",
                    "标题，含逗号与\"引号\"",
                    "第一行\n=第二行是公式",
                    "Windows 换行\r\n第二行",
                    "<script>alert(1)</script> & [链接](javascript:x)",
                    "Excel 转义 _x0041_ 与 _x005F_x0042_",
                    "扩展区汉字 𠀀 与表情 😀");

    @TempDir Path temp;

    @Test
    void hostileTextSurvivesAWorkbookAndCsvRoundTripAndEveryFileParses() throws Exception {
        Path folder = folderWith(titles(HOSTILE));
        List<Evidence> original = new EvidenceLoader().load(folder).records();

        Path workbook = temp.resolve("台账.xlsx");
        converts(folder, workbook);
        everyXmlPartParses(workbook);
        assertThat(new EvidenceLoader().readFile(workbook))
                .containsExactlyInAnyOrderElementsOf(original);

        Path csv = temp.resolve("csv");
        converts(folder, csv);
        Path policies = csv.resolve("policy.csv");
        List<List<String>> rows = RenderedText.csvRecords(Files.readString(policies));
        assertThat(rows).hasSize(HOSTILE.size() + 1);
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(rows.get(0).size()));
        assertThat(rows.stream().flatMap(List::stream))
                .as("no field a spreadsheet would run as a formula")
                .noneMatch(f -> f.matches("(?s)[=+@\t\n].*|-[^5].*"));
        assertThat(new EvidenceLoader().readFile(policies))
                .containsExactlyInAnyOrderElementsOf(original);

        Path back = temp.resolve("back");
        converts(policies, back);
        Files.copy(folder.resolve("profile.json"), back.resolve("profile.json"));
        assertThat(new EvidenceLoader().load(back).records())
                .as("JSON → CSV → JSON")
                .containsExactlyInAnyOrderElementsOf(original);
    }

    @Test
    void aControlCharacterIsRefusedWithItsPlaceNotReplaced() throws Exception {
        Path folder = folderWith(titles(List.of("正常标题", "含响铃\u0007的标题")));
        Path workbook = temp.resolve("out.xlsx");
        Run run = zwgk("convert", folder.toString(), workbook.toString());
        Run csv = zwgk("convert", folder.toString(), "" + temp.resolve("c"));

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err())
                .contains(
                        folder.resolve("policies.json")
                                + ":9:6: /records/1/title: 无法原样写入工作簿（政策文件 POL-2）："
                                + "第 4 个字符 U+0007 是控制字符或无效字符")
                .doesNotContain("\u0007");
        assertThat(workbook).doesNotExist();
        assertThat(csv.exit()).isEqualTo(3);
        assertThat(temp.resolve("c")).doesNotExist();
    }

    @Test
    void textOverExcelsCellLimitIsRefusedForTheWorkbookAndWrittenWholeAsCsv() throws Exception {
        String longTitle = "长".repeat(40_000);
        Path folder = folderWith(titles(List.of(longTitle)));
        Run run = zwgk("convert", folder.toString(), temp.resolve("out.xlsx").toString());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err())
                .contains(
                        "policies.json:4:17: /records/0/title: 无法原样写入工作簿（政策文件 POL-1）："
                                + "文本长 40000 字符，超过 Excel 单元格上限 32767 字符")
                .contains("转换为 CSV 台账");
        assertThat(temp.resolve("out.xlsx")).doesNotExist();

        Path csv = temp.resolve("csv");
        converts(folder, csv);
        assertThat(new EvidenceLoader().readFile(csv.resolve("policy.csv")))
                .containsExactlyElementsOf(new EvidenceLoader().load(folder).records());
    }

    private static List<ObjectNode> titles(List<String> titles) {
        List<ObjectNode> records = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            records.add(
                    JSON.createObjectNode()
                            .put("id", "POL-" + (i + 1))
                            .put("unit", "法制科")
                            .put("title", titles.get(i))
                            .put("publishedOn", "2020-03-01"));
        }
        return records;
    }

    private Path folderWith(List<ObjectNode> policies) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("evidence"));
        Files.copy(Path.of("rules/tests/profile.json"), folder.resolve("profile.json"));
        ObjectNode file =
                JSON.createObjectNode().put("schema", "zwgk-evidence/1").put("kind", "policy");
        ArrayNode records = file.putArray("records");
        policies.forEach(records::add);
        Files.writeString(
                folder.resolve("policies.json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(file));
        return folder;
    }

    private static void everyXmlPartParses(Path office) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(office))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    DocumentBuilderFactory.newInstance()
                            .newDocumentBuilder()
                            .parse(new ByteArrayInputStream(zip.readAllBytes()));
                }
            }
        }
    }

    private static void converts(Path in, Path out) {
        Run run = zwgk("convert", in.toString(), out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
    }
}
