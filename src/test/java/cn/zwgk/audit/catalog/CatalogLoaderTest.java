package cn.zwgk.audit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.zwgk.audit.problem.CatalogException;
import cn.zwgk.audit.problem.Problem;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader's contract with an auditor editing the catalog: a valid file loads; an invalid one is
 * refused with every problem at once, each at the line and column of the offending token. Expected
 * positions are found by searching the test's own JSON text, so the cases stay readable.
 */
class CatalogLoaderTest {

    @TempDir Path dir;

    private static final String VALID =
            """
            {
              "schema": "zwgk-catalog/1",
              "title": "测试表",
              "year": 2020,
              "tasks": [
                { "number": 1, "content": "甲", "leadUnits": "法制科", "responsibleUnits": "各单位、各科室",
                  "deadlineText": "新规出台后1个月内",
                  "deadline": { "type": "after-anchor", "anchor": "rulesIssuedOn", "months": 1 } },
                { "number": 3, "content": "乙", "leadUnits": "办公室", "responsibleUnits": "办公室",
                  "deadlineText": "实时", "deadline": { "type": "continuous", "anchor": "rulesEffectiveOn" } },
                { "number": 7, "content": "丙", "leadUnits": "办公室", "responsibleUnits": "办公室",
                  "deadlineText": "", "deadline": { "type": "in-year" } },
                { "number": 30, "content": "丁", "leadUnits": "法制科", "responsibleUnits": "劳动保障监察大队",
                  "deadlineText": "2020.12\\n2020.12", "deadline": { "type": "month-end", "month": "2020-12" } }
              ]
            }
            """;

    @Test
    void loadsAValidCatalogWithNonConsecutiveNumbers() throws Exception {
        Catalog catalog = Catalog.load(write(VALID));

        assertThat(catalog.title()).isEqualTo("测试表");
        assertThat(catalog.year()).isEqualTo(2020);
        assertThat(catalog.tasks()).extracting(CatalogTask::number).containsExactly(1, 3, 7, 30);
        assertThat(catalog.task(1).orElseThrow().deadline())
                .isEqualTo(new Deadline.AfterAnchor("rulesIssuedOn", 1));
        assertThat(catalog.task(3).orElseThrow().deadline())
                .isEqualTo(new Deadline.Continuous("rulesEffectiveOn"));
        assertThat(catalog.task(7).orElseThrow().deadline()).isEqualTo(new Deadline.InYear());
        assertThat(catalog.task(30).orElseThrow().deadline())
                .isEqualTo(new Deadline.MonthEnd(YearMonth.of(2020, 12)));
        assertThat(catalog.task(30).orElseThrow().deadlineText()).isEqualTo("2020.12\n2020.12");
        assertThat(catalog.task(2)).isEmpty();
    }

    @Test
    void loadsTheProjectCatalog() throws Exception {
        Catalog catalog = Catalog.load(Path.of("rules", "catalog.json"));

        assertThat(catalog.year()).isEqualTo(2020);
        assertThat(catalog.tasks())
                .extracting(CatalogTask::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 34).boxed().toList());
    }

    @Test
    void reportsEveryProblemAtOnceWithItsPlace() throws Exception {
        String json =
                """
                {
                  "schema": "zwgk-catalog/1",
                  "title": "测试表",
                  "year": 2020,
                  "tasks": [
                    { "number": 1, "content": "甲", "leadUnits": "法制科", "responsibleUnits": "办公室", "colour": "红",
                      "deadlineText": "", "deadline": { "type": "in-year" } },
                    { "number": "2", "content": "乙", "leadUnits": "办公室", "responsibleUnits": "办公室",
                      "deadlineText": "", "deadline": { "type": "in-year" } },
                    { "number": 1, "content": "丙", "leadUnits": "办公室", "responsibleUnits": "办公室",
                      "deadlineText": "", "deadline": { "type": "in-year" } },
                    { "number": 4, "content": "丁", "leadUnits": "办公室", "responsibleUnits": "办公室",
                      "deadlineText": "2020.6", "deadline": { "type": "quarter-end" } },
                    { "number": 5, "content": "戊", "leadUnits": "办公室", "responsibleUnits": "办公室",
                      "deadlineText": "2020.13", "deadline": { "type": "month-end", "month": "2020-13" } }
                  ]
                }
                """;
        Path file = write(json);

        CatalogException e = catchThrowableOfType(CatalogException.class, () -> Catalog.load(file));

        assertThat(e.lines())
                .containsExactly(
                        file
                                + ":"
                                + at(json, "\"colour\"")
                                + ": /tasks/0/colour: 未知字段 “colour”，允许的字段："
                                + "content、deadline、deadlineText、leadUnits、number、responsibleUnits",
                        file + ":" + at(json, "\"2\"") + ": /tasks/1/number: 应为整数，实际为字符串 “2”",
                        file
                                + ":"
                                + at(json, "1, \"content\": \"丙\"")
                                + ": /tasks/2/number: 序号 1 重复，已用于 /tasks/0/number",
                        file
                                + ":"
                                + at(json, "\"quarter-end\"")
                                + ": /tasks/3/deadline/type: 未知的时间节点类型 “quarter-end”，"
                                + "可选：after-anchor、continuous、in-year、month-end",
                        file
                                + ":"
                                + at(json, "\"2020-13\"")
                                + ": /tasks/4/deadline/month: 月份 “2020-13” 无效，应为 YYYY-MM，如"
                                + " 2020-06");
        assertThat(e.getMessage()).isEqualTo(String.join("\n", e.lines()));
    }

    @Test
    void reportsMissingFieldsAtTheObjectThatLacksThem() throws Exception {
        String json =
                """
                { "schema": "zwgk-catalog/1", "title": "测试表",
                  "tasks": [
                    { "number": 1, "content": "甲", "leadUnits": "法制科", "responsibleUnits": "办公室",
                      "deadlineText": "新规出台后1个月内", "deadline": { "type": "after-anchor" } },
                    { "number": 2, "leadUnits": "法制科", "responsibleUnits": "办公室", "deadlineText": "" }
                  ]
                }
                """;
        Path file = write(json);

        CatalogException e = catchThrowableOfType(CatalogException.class, () -> Catalog.load(file));

        assertThat(e.lines())
                .containsExactly(
                        file + ":1:1: /year: 缺少必填字段 “year”",
                        file
                                + ":"
                                + at(json, "{ \"type\": \"after-anchor\"")
                                + ": /tasks/0/deadline/anchor: 缺少必填字段 “anchor”",
                        file
                                + ":"
                                + at(json, "{ \"type\": \"after-anchor\"")
                                + ": /tasks/0/deadline/months: 缺少必填字段 “months”",
                        file
                                + ":"
                                + at(json, "{ \"number\": 2")
                                + ": /tasks/1/content: 缺少必填字段 “content”",
                        file
                                + ":"
                                + at(json, "{ \"number\": 2")
                                + ": /tasks/1/deadline: 缺少必填字段 “deadline”");
    }

    @Test
    void reportsATaskListOrADeadlineOfTheWrongJsonType() throws Exception {
        String notAList =
                """
                { "schema": "zwgk-catalog/1", "title": "测试表", "year": 2020, "tasks": { "number": 1 } }
                """;
        Path file = write(notAList);
        assertThat(catchThrowableOfType(CatalogException.class, () -> Catalog.load(file)).lines())
                .containsExactly(
                        file + ":" + at(notAList, "{ \"number\"") + ": /tasks: 应为数组，实际为对象");

        String notAnObject =
                edit(VALID, "\"deadline\": { \"type\": \"in-year\" }", "\"deadline\": \"年内\"");
        write(notAnObject);
        assertThat(catchThrowableOfType(CatalogException.class, () -> Catalog.load(file)).lines())
                .containsExactly(
                        file
                                + ":"
                                + at(notAnObject, "\"年内\"")
                                + ": /tasks/2/deadline: 应为对象，实际为字符串 “年内”");
    }

    @Test
    void refusesAMonthThatDisagreesWithTheTableText() throws Exception {
        String json =
                edit(
                        edit(VALID, "\"month\": \"2020-12\"", "\"month\": \"2020-06\""),
                        "\"deadlineText\": \"\", \"deadline\": { \"type\": \"in-year\" }",
                        "\"deadlineText\": \"2020.9\", \"deadline\": { \"type\": \"in-year\" }");
        Path file = write(json);

        CatalogException e = catchThrowableOfType(CatalogException.class, () -> Catalog.load(file));

        assertThat(e.lines())
                .containsExactly(
                        file
                                + ":"
                                + at(json, "\"in-year\"")
                                + ": /tasks/2/deadline/type: "
                                + "时间节点文本 “2020.9” 是月份，类型应为 month-end（month 为 2020-09）",
                        file
                                + ":"
                                + at(json, "\"2020-06\"")
                                + ": /tasks/3/deadline/month: "
                                + "月份 2020-06 与时间节点文本 “2020.12\\n2020.12” 不一致，应为 2020-12");
    }

    @Test
    void refusesMonthEndForATextThatIsNoMonth() throws Exception {
        String json =
                edit(VALID, "\"deadlineText\": \"2020.12\\n2020.12\"", "\"deadlineText\": \"年底前\"");
        Path file = write(json);

        assertThatThrownBy(() -> Catalog.load(file))
                .isInstanceOf(CatalogException.class)
                .hasMessage(
                        file
                                + ":"
                                + at(json, "\"2020-12\"")
                                + ": /tasks/3/deadline/month: "
                                + "时间节点文本 “年底前” 不是 YYYY.M 形式的单一月份，与 month-end 不符");
    }

    @Test
    void reportsDuplicateKeysAndOtherRootProblems() throws Exception {
        String json =
                """
                { "schema": "zwgk-catalog/2", "title": " ", "year": 2020, "year": 2021, "tasks": [] }
                """;
        Path file = write(json);

        CatalogException e = catchThrowableOfType(CatalogException.class, () -> Catalog.load(file));

        assertThat(e.lines())
                .containsExactly(
                        file + ":1:13: /schema: 不支持的格式 “zwgk-catalog/2”，应为 “zwgk-catalog/1”",
                        file + ":" + at(json, "\" \"") + ": /title: 不能为空",
                        file + ":" + at(json, "\"year\": 2021") + ": /year: 字段 “year” 重复出现",
                        file + ":" + at(json, "[]") + ": /tasks: 任务列表为空");
    }

    @Test
    void reportsASyntaxErrorWithItsPlace() throws Exception {
        String json =
                """
                {
                  "schema": "zwgk-catalog/1",
                  "title": "测试表"
                  "year": 2020
                }
                """;
        Path file = write(json);

        CatalogException e = catchThrowableOfType(CatalogException.class, () -> Catalog.load(file));

        // Jackson notices the missing comma at the next member's opening quote, between members
        // of the root object.
        assertThat(e.lines()).singleElement().asString().startsWith(file + ":4:3: (根): JSON 语法错误：");
    }

    @Test
    void reportsAMissingFile() {
        Path file = dir.resolve("absent.json");

        assertThatThrownBy(() -> Catalog.load(file))
                .isInstanceOf(CatalogException.class)
                .hasMessage(file + ": 文件不存在");
    }

    @Test
    void reportsAFileThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("gbk.json");
        Files.write(file, "{ \"title\": \"测试\" }".getBytes(Charset.forName("GBK")));

        assertThatThrownBy(() -> Catalog.load(file))
                .isInstanceOf(CatalogException.class)
                .hasMessage(file + ": 不是有效的 UTF-8 文本");
    }

    @Test
    void anExceptionCarriesItsProblemsUnchanged() {
        Problem a = Problem.inFile(Path.of("a"), "x");
        Problem b = Problem.inFile(Path.of("b"), "y");
        CatalogException e = new CatalogException(List.of(a, b));

        assertThat(e.problems()).containsExactly(a, b);
        assertThatThrownBy(() -> e.problems().add(a))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private Path write(String json) throws IOException {
        Path file = dir.resolve("catalog.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * {@code json} with {@code from} replaced, which must occur, so that a stale edit cannot go
     * unnoticed.
     */
    private static String edit(String json, String from, String to) {
        assertThat(json).contains(from);
        return json.replace(from, to);
    }

    /**
     * "line:column" (1-based, in characters) of the first occurrence of {@code token} in {@code
     * json}.
     */
    private static String at(String json, String token) {
        int index = json.indexOf(token);
        assertThat(index).as("token %s in test JSON", token).isNotNegative();
        int lineStart = json.lastIndexOf('\n', index - 1) + 1;
        long line = json.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
        return line + ":" + (index - lineStart + 1);
    }
}
