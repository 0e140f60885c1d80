package cn.zwgk.audit.robustness;

import static cn.zwgk.audit.cli.Run.zwgk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.zwgk.audit.cli.Run;
import cn.zwgk.audit.evidence.EvidenceLoader;
import cn.zwgk.audit.problem.EvidenceException;
import cn.zwgk.audit.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case under {@code src/test/resources/robustness/bad-evidence/} (written by {@code
 * generate-bad-evidence.py} next to it) is an evidence folder the loader must refuse: an {@link
 * EvidenceException}, never another throwable; each problem names its file, a location and a reason
 * in Chinese; the CLI exits with 3 and writes no report. Each case's {@code EXPECT.md} (a note, so
 * the loader does not read it) lists fragments its message must contain, in that order, and may fix
 * the number of problems. The cases include the loader's refusals that were once inline tests.
 */
class BadEvidenceCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/robustness/bad-evidence");

    /**
     * Reasons about a file as a whole (its type, what a link names, its container, a name that is
     * no kind of evidence, the missing profile), not a place.
     */
    static final List<String> FILE_LEVEL =
            List.of(
                    "不支持的文件类型",
                    "符号链接",
                    "不是可读取的 Excel 工作簿",
                    "不是普通文件",
                    "无法读取",
                    "超过台账每个工作表",
                    "缺少审计配置文件",
                    "不是已知的证据种类");

    /**
     * A line of {@code EXPECT.md} such as {@code 3 处证据问题}: the case has exactly that many problems.
     * The other lines are fragments the message holds in the order they are listed.
     */
    static final Pattern COUNT = Pattern.compile("\\d+ 处证据问题");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(CORPUS)) {
            List<String> names =
                    list.filter(Files::isDirectory)
                            .map(p -> p.getFileName().toString())
                            .sorted()
                            .toList();
            return names.stream();
        }
    }

    @Test
    void theCorpusHasAtLeast177Cases() throws IOException {
        // The number generate-bad-evidence.py writes: a case lost from it or its folder shows here.
        assertThat(cases().count()).isGreaterThanOrEqualTo(177);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithAClearLocatedProblem(String name, @TempDir Path temp) throws IOException {
        Path dir = CORPUS.resolve(name);
        List<String> lines =
                Files.readAllLines(dir.resolve("EXPECT.md"), StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.isBlank())
                        .toList();
        List<String> expected = lines.stream().filter(l -> !COUNT.matcher(l).matches()).toList();

        EvidenceException e =
                catchThrowableOfType(EvidenceException.class, () -> new EvidenceLoader().load(dir));

        assertThat(e).as(name + " must be refused").isNotNull();
        assertThat(e.getMessage()).containsSubsequence(expected);
        for (String count : lines) {
            if (COUNT.matcher(count).matches()) {
                assertThat(e.getMessage()).as("the number of problems").startsWith(count + "：");
            }
        }
        for (Problem p : e.problems()) {
            assertThat(p.file().normalize().startsWith(dir.normalize())).as(p.toString()).isTrue();
            assertThat(p.toString()).contains(p.file().getFileName().toString());
            assertThat(p.reason()).as("a reason in Chinese: " + p).containsPattern("\\p{IsHan}");
            boolean wholeFile = FILE_LEVEL.stream().anyMatch(p.reason()::contains);
            assertThat(p.line() > 0 || wholeFile).as("a location: " + p).isTrue();
        }

        Path out = temp.resolve("report");
        Run run = zwgk("audit", dir.toString(), "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains(expected.get(0));
        assertThat(out.resolve("report.json")).doesNotExist();
        assertThat(out.resolve("report.md")).doesNotExist();
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted(@TempDir Path temp) throws Exception {
        Files.copy(Path.of("rules/tests/profile.json"), temp.resolve("profile.json"));
        String pushes =
                """
                {"schema": "zwgk-evidence/1", "kind": "service-push", "records": [
                  {"id": "SP-1", "unit": "办公室", "category": "办事指南", "date": "2020-02-19", "recipients": 3}]}
                """;
        Files.writeString(temp.resolve("pushes.json"), "\uFEFF" + pushes, StandardCharsets.UTF_8);

        assertThat(new EvidenceLoader().load(temp).records()).hasSize(1);
    }
}
