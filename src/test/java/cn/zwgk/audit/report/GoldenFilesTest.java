package cn.zwgk.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files, found by name: {@code golden/<fixture>/<renderer file name>} holds what a text
 * renderer must write for that fixture (see {@link Fixtures}), and {@code
 * golden/<fixture>/<renderer file name>.txt} the text of a Word document in the stable outline of
 * {@link RenderedText#docxOutline} (paragraphs, highlighted gaps, table cells and their spans).
 * Each format listed needs one per fixture; a golden file that pairs with no fixture or renderer
 * fails, so none goes stale unseen. After an intended change: {@code mvn test
 * -Dtest=GoldenFilesTest -Dzwgk.golden.update=true}, then read the diff.
 */
class GoldenFilesTest {
    static final Path FOLDER = Path.of("src/test/resources/cn/zwgk/audit/report/golden");

    /**
     * Text formats, whose diffs a reviewer can read. The spreadsheet is checked by the contract and
     * Office tests; report.json by {@link #reportJsonIsTheFixtureItself}, the fixture being a
     * report.json.
     */
    static final Set<String> GOLDEN_FORMATS = Set.of("md", "html", "csv", "annual-md");

    /** Word documents, compared as their outline text. */
    static final Set<String> OUTLINED_FORMATS = Set.of("docx", "annual-docx");

    /** The golden file's name for a format: the file itself, or its outline. */
    static String goldenName(String format) {
        String file = Renderers.byFormat(format).orElseThrow().fileName();
        return OUTLINED_FORMATS.contains(format) ? file + ".txt" : file;
    }

    /** What is compared: the bytes of a text format, the outline of a Word document. */
    static byte[] compared(String format, byte[] rendered) {
        return OUTLINED_FORMATS.contains(format)
                ? RenderedText.docxOutline(rendered).getBytes(StandardCharsets.UTF_8)
                : rendered;
    }

    /** The fixtures with golden files; the hostile one is checked by the contract test instead. */
    static final Set<String> GOLDEN_FIXTURES = Set.of(Fixtures.SAMPLE);

    static final boolean UPDATE = Boolean.getBoolean("zwgk.golden.update");

    @TestFactory
    Stream<DynamicTest> everyTextFormatMatchesItsGoldenFile() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, AuditReport> fixture : Fixtures.all().entrySet()) {
            if (!GOLDEN_FIXTURES.contains(fixture.getKey())) {
                continue;
            }
            for (String format : Renderers.formats()) {
                if (!GOLDEN_FORMATS.contains(format) && !OUTLINED_FORMATS.contains(format)) {
                    continue;
                }
                Renderer renderer = Renderers.byFormat(format).orElseThrow();
                Path golden = FOLDER.resolve(fixture.getKey()).resolve(goldenName(format));
                tests.add(
                        DynamicTest.dynamicTest(
                                fixture.getKey() + "/" + golden.getFileName(),
                                () -> {
                                    byte[] actual =
                                            compared(format, renderer.render(fixture.getValue()));
                                    if (UPDATE) {
                                        Files.createDirectories(golden.getParent());
                                        Files.write(golden, actual);
                                    }
                                    if (!Files.exists(golden)) {
                                        fail(
                                                "missing golden file "
                                                        + golden
                                                        + "; write it with"
                                                        + " -Dzwgk.golden.update=true");
                                    }
                                    assertThat(new String(actual, StandardCharsets.UTF_8))
                                            .as(golden.toString())
                                            .isEqualTo(
                                                    Files.readString(
                                                            golden, StandardCharsets.UTF_8));
                                    assertThat(actual)
                                            .as(golden + " byte for byte")
                                            .isEqualTo(Files.readAllBytes(golden));
                                }));
            }
        }
        return tests.stream();
    }

    @Test
    void reportJsonIsTheFixtureItself() throws Exception {
        Path fixture =
                Path.of(
                        Fixtures.class
                                .getResource("fixtures/" + Fixtures.SAMPLE + ".json")
                                .toURI());
        assertThat(new String(new JsonRenderer().render(Fixtures.sample()), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(fixture, StandardCharsets.UTF_8));
    }

    @Test
    void everyGoldenFilePairsWithAFixtureAndARenderer() throws IOException {
        Set<String> fixtures = GOLDEN_FIXTURES;
        List<String> names =
                Renderers.formats().stream()
                        .filter(f -> GOLDEN_FORMATS.contains(f) || OUTLINED_FORMATS.contains(f))
                        .map(GoldenFilesTest::goldenName)
                        .toList();
        try (Stream<Path> files = Files.walk(FOLDER)) {
            List<String> unpaired =
                    files.filter(Files::isRegularFile)
                            .map(FOLDER::relativize)
                            .filter(
                                    p ->
                                            p.getNameCount() != 2
                                                    || !fixtures.contains(p.getName(0).toString())
                                                    || !names.contains(p.getName(1).toString()))
                            .map(Path::toString)
                            .sorted()
                            .toList();
            assertThat(unpaired)
                    .as("golden files with no fixture or renderer of that name")
                    .isEmpty();
        }
    }
}
