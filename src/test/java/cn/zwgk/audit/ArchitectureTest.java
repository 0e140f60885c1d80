package cn.zwgk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the package layering a maintainer finds in the README, by scanning the sources' imports and
 * qualified names (comments and strings left out): a package may use only packages of lower layers,
 * so a new dependency against the order fails the build instead of creeping in.
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/cn/zwgk/audit");

    /** The root package {@code cn.zwgk.audit}: the pipeline (AuditRules, Auditor). */
    private static final String ROOT = "根包";

    /** Lowest first; the packages of one layer do not use each other. */
    static final List<Set<String>> LAYERS =
            List.of(
                    Set.of("problem"),
                    Set.of("json", "digest", "calendar", "build", "text"),
                    Set.of("facts"),
                    Set.of("catalog", "verdict", "ledger", "statistics"),
                    Set.of("evidence", "engine"),
                    Set.of("drl", "report"),
                    Set.of(ROOT),
                    Set.of("ruletest", "bench"),
                    Set.of("watch"),
                    Set.of("app"),
                    Set.of("cli"));

    /** The packages the rule files may import from: what an auditor writes rules about. */
    private static final Set<String> DRL_VISIBLE =
            Set.of("facts", "verdict", "calendar", "statistics");

    private static final Pattern OWN_NAME = Pattern.compile("\\bcn\\.zwgk\\.audit\\.(\\w+)");
    private static final Pattern PACKAGE =
            Pattern.compile("^package cn\\.zwgk\\.audit(?:\\.(\\w+))?;", Pattern.MULTILINE);

    @Test
    void everyPackageHasItsPlaceInTheOrder() {
        Set<String> placed = LAYERS.stream().flatMap(Set::stream).collect(Collectors.toSet());
        assertThat(placed).containsAll(packages().values());
    }

    @Test
    void noPackageUsesOneAboveItOrBesideIt() {
        List<String> against = new ArrayList<>();
        for (Map.Entry<Path, String> source : packages().entrySet()) {
            String from = source.getValue();
            for (String to : ownPackagesUsed(code(source.getKey()))) {
                if (!to.equals(from) && layerOf(to) >= layerOf(from)) {
                    against.add(SOURCES.relativize(source.getKey()) + " → " + to);
                }
            }
        }
        assertThat(against).as("dependencies against the layer order " + order()).isEmpty();
    }

    @Test
    void picocliOnlyInTheCli() {
        assertThat(users("picocli.")).allMatch(f -> packages().get(f).equals("cli"));
    }

    /** POI writes and reads Office files: the ledger workbooks and the Office renderers. */
    @Test
    void poiOnlyInTheLedgerAndTheOfficeRenderers() {
        assertThat(users("org.apache.poi."))
                .allMatch(
                        f ->
                                packages().get(f).equals("ledger")
                                        || packages().get(f).equals("report")
                                                && f.getFileName()
                                                        .toString()
                                                        .matches(
                                                                "\\w*Renderer\\.java|WordDocument\\.java|OoxmlPackage\\.java"),
                        "in ledger or an Office renderer of report");
    }

    @Test
    void ruleFilesImportOnlyWhatAuditorsWriteRulesAbout() throws IOException {
        Pattern imported =
                Pattern.compile("^\\s*import\\s+(?:function\\s+)?([\\w.]+)", Pattern.MULTILINE);
        List<String> outside = new ArrayList<>();
        try (Stream<Path> drl = Files.list(Path.of("rules"))) {
            for (Path file : drl.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                Matcher m = imported.matcher(Files.readString(file));
                while (m.find()) {
                    String name = m.group(1);
                    Matcher own = OWN_NAME.matcher(name);
                    boolean allowed =
                            name.startsWith("java.")
                                    || own.lookingAt() && DRL_VISIBLE.contains(own.group(1));
                    if (!allowed) {
                        outside.add(file + ": " + name);
                    }
                }
            }
        }
        assertThat(outside)
                .as("rule files may import from " + DRL_VISIBLE + " and java.*")
                .isEmpty();
    }

    /** The README's structure section shows the order this test holds. */
    @Test
    void readmeShowsTheOrder() throws IOException {
        assertThat(Files.readString(Path.of("README.md"))).contains(order());
    }

    static String order() {
        return LAYERS.stream()
                .map(layer -> layer.stream().sorted().collect(Collectors.joining(", ")))
                .collect(Collectors.joining(" < "));
    }

    private static int layerOf(String pkg) {
        return IntStream.range(0, LAYERS.size())
                .filter(i -> LAYERS.get(i).contains(pkg))
                .findFirst()
                .orElseThrow(() -> new AssertionError("package " + pkg + " has no layer"));
    }

    /**
     * Every main source file and its package under {@code cn.zwgk.audit} ({@link #ROOT} for it).
     */
    private static Map<Path, String> packages() {
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            return walk.filter(f -> f.toString().endsWith(".java"))
                    .collect(
                            Collectors.toMap(
                                    f -> f,
                                    f -> {
                                        Matcher m = PACKAGE.matcher(read(f));
                                        assertThat(m.find())
                                                .as(f + " declares its package")
                                                .isTrue();
                                        return m.group(1) == null ? ROOT : m.group(1);
                                    }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The packages of this tool a source names; a capitalised name is a class of the root. */
    private static Set<String> ownPackagesUsed(String code) {
        Set<String> used = new TreeSet<>();
        Matcher m = OWN_NAME.matcher(code);
        while (m.find()) {
            used.add(Character.isUpperCase(m.group(1).charAt(0)) ? ROOT : m.group(1));
        }
        return used;
    }

    private static List<Path> users(String prefix) {
        List<Path> found = new ArrayList<>();
        for (Path f : packages().keySet()) {
            if (code(f).contains(prefix)) {
                found.add(f);
            }
        }
        return found;
    }

    /** A source without its comments and string literals, which name no dependency. */
    static String code(Path file) {
        String s = read(file);
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("//", i)) {
                int end = s.indexOf('\n', i);
                i = end < 0 ? s.length() : end;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                i = end < 0 ? s.length() : end + 3;
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                char quote = s.charAt(i++);
                while (i < s.length() && s.charAt(i) != quote) {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
        }
    }
}
