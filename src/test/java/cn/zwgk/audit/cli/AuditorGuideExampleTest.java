package cn.zwgk.audit.cli;

import static cn.zwgk.audit.cli.Run.zwgk;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.TestFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked examples of docs/auditor-guide.md, done as the guide says, with the text the guide
 * shows: raise task 14 to 60% with {@code test --watch} running, and add a task 35.
 */
class AuditorGuideExampleTest {
    static final Path GUIDE = Path.of("docs/auditor-guide.md");
    static final String T14 = "t14-diversified-interpretation.drl";

    @TempDir Path temp;

    /** A copy of the shipped rules, named as in the guide's output. */
    Path rules;

    @BeforeEach
    void copyRules() throws IOException {
        rules = TestFiles.copyTree(Path.of("rules"), temp.resolve("rules"));
    }

    @Test
    void raisingTheThresholdShowsExactlyWhichCasesChange() throws Exception {
        List<String> edit = codeBlocks(section("## 修改一个阈值"));
        assertThat(edit).as("the guide shows the lines before and after").hasSize(2);
        Path drl = rules.resolve(T14);
        String text = Files.readString(drl);
        assertThat(text).contains(edit.get(0));

        Resident watch = new Resident("test", "--watch", "--rules", rules.toString(), "14");
        watch.awaitOutput("监视规则与用例的改动");
        Files.writeString(drl, text.replace(edit.get(0), edit.get(1)));
        watch.awaitOutput(Pattern.compile("[1-9]\\d* failed，用时"));
        assertThat(watch.endInput()).isZero();
        assertThat(watch.out.toString())
                .contains(
                        "改动：rules/" + T14,
                        "通过 → 失败  t14-diversified-interpretation.json ›"
                                + " 多元化解读恰好占50%（2/4）为合格，未发布解读的单位不适用",
                        "任务状态：期望 PASS，实为 FAIL",
                        "多元化解读 2/4 = 50.0%，低于 60%");

        Run check = zwgk("check", "--rules", rules.toString());
        assertThat(check.out()).contains("0 个错误").doesNotContain(T14 + ":");
        assertThat(zwgk("params", "--rules", rules.toString()).out())
                .contains(T14 + ":26  任务 14  minSharePercent = 60  默认值：*(默认值)*");
    }

    @Test
    void addingATaskAsTheGuideSaysGivesACoveredTaskWhoseCasesPass() throws Exception {
        String section = section("## 为下一年的任务表增加一项任务");
        List<String> blocks = codeBlocks(section);
        assertThat(blocks).as("catalog entry, rule file, case file").hasSize(3);
        String drlName = "t35-coordination-meetings.drl";
        String casesName = "t35-coordination-meetings.json";
        assertThat(section).contains("`rules/" + drlName + "`", "`rules/tests/" + casesName + "`");

        // 1. The task, at the end of the catalog's tasks.
        ObjectMapper json = new ObjectMapper();
        ObjectNode catalog = (ObjectNode) json.readTree(rules.resolve("catalog.json").toFile());
        ((ArrayNode) catalog.get("tasks")).add(json.readTree(blocks.get(0)));
        json.writerWithDefaultPrettyPrinter()
                .writeValue(rules.resolve("catalog.json").toFile(), catalog);
        // 2. The rule file; 3. its cases.
        Files.writeString(rules.resolve(drlName), blocks.get(1));
        Files.writeString(rules.resolve("tests").resolve(casesName), blocks.get(2));

        // 4. check: no error, the new task covered, no warning about the new file.
        Run check = zwgk("check", "--rules", rules.toString());
        assertThat(check.exit()).as(check.out()).isZero();
        assertThat(check.out()).contains("0 个错误").contains("35/35 项任务").doesNotContain(drlName);
        // 5. test 35: every case passes.
        Run test = zwgk("test", "--rules", rules.toString(), "35");
        assertThat(test.exit()).as(test.out()).isZero();
        assertThat(test.out())
                .containsPattern("(?m)^[3-9] passed, 0 failed$")
                .doesNotContain("t14-");
    }

    private static String section(String heading) throws IOException {
        String guide = Files.readString(GUIDE);
        int start = guide.indexOf(heading);
        assertThat(start).as("the guide has a section %s", heading).isNotNegative();
        int end = guide.indexOf("\n## ", start + 1);
        return guide.substring(start, end < 0 ? guide.length() : end);
    }

    /** The fenced code blocks of a numbered step (indented by three spaces), without the indent. */
    private static List<String> codeBlocks(String section) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)\\n   ```\\w*\\n(.*?)\\n   ```\\n").matcher(section);
        while (m.find()) {
            blocks.add(m.group(1).replaceAll("(?m)^   ", "") + "\n");
        }
        return blocks;
    }
}
