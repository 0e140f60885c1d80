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
 * Golden files, found by name: {@code golden/<fixture>/<renderer file name>} holds what the
 * renderer must write for that fixture (see {@link Fixtures}). The text formats each need one per
 * fixture; a golden file that pairs with no fixture or renderer fails, so none goes stale unseen.
 * After an intended change: {@code mvn test -Dtest=GoldenFilesTest -Dzwgk.golden.update=true}, then
 * read the diff.
 */
class GoldenFilesTest {
    static final Path FOLDER = Path.of("src/test/resources/cn/zwgk/audit/report/golden");

    /**
     * Text formats, whose diffs a reviewer can read. The zip formats are checked by the contract
     * and Office tests; report.json by {@link #reportJsonIsTheFixtureItself}, the fixture being a
     * report.json.
     */
    static final Set<String> GOLDEN_FORMATS = Set.of("md", "html", "csv");

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
                if (!GOLDEN_FORMATS.contains(format)) {
                    continue;
                }
                Renderer renderer = Renderers.byFormat(format).orElseThrow();
                Path golden = FOLDER.resolve(fixture.getKey()).resolve(renderer.fileName());
                tests.add(
                        DynamicTest.dynamicTest(
                                fixture.getKey() + "/" + renderer.fileName(),
                                () -> {
                                    byte[] actual = renderer.render(fixture.getValue());
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
                        .filter(GOLDEN_FORMATS::contains)
                        .map(f -> Renderers.byFormat(f).orElseThrow().fileName())
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
