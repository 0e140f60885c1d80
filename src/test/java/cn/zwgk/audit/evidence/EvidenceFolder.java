package cn.zwgk.audit.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.zwgk.audit.problem.EvidenceException;
import cn.zwgk.audit.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An evidence folder built by a test in a temporary directory, and the assertions the loader tests
 * share. Expected positions are found by searching the test's own JSON text ({@link #at}), so that
 * a case's line:column stays visible next to the JSON it points into.
 */
final class EvidenceFolder {

    /** A profile like {@code rules/tests/profile.json}: four units. */
    static final String PROFILE =
            """
            {
              "schema": "zwgk-profile/1",
              "organisation": "规则用例局",
              "auditYear": 2020,
              "units": ["办公室", "法制科", "社管科", "劳动保障监察大队"],
              "anchors": {
                "rulesIssuedOn": "2020-04-26",
                "rulesEffectiveOn": "2020-06-01"
              },
              "pilotFields": ["就业"]
            }
            """;

    final Path dir;

    EvidenceFolder(Path dir) {
        this.dir = dir;
    }

    /** A folder holding {@link #PROFILE} and nothing else yet. */
    static EvidenceFolder withProfile(Path dir) {
        EvidenceFolder folder = new EvidenceFolder(dir);
        folder.write(EvidenceLoader.PROFILE_FILE, PROFILE);
        return folder;
    }

    Path write(String name, String text) {
        Path file = dir.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    EvidenceSet load() throws EvidenceException {
        return new EvidenceLoader().load(dir);
    }

    /** Loads the folder, which must be refused; returns the refusal. */
    EvidenceException refusal() {
        EvidenceException e = catchThrowableOfType(EvidenceException.class, this::load);
        assertThat(e).as("the loader should refuse %s", dir).isNotNull();
        return e;
    }

    /** Asserts the folder is refused with exactly these problems, in this order. */
    List<Problem> assertRefusedWith(Expected... expected) {
        EvidenceException e = refusal();
        assertProblems(e.problems(), expected);
        return e.problems();
    }

    void assertProblems(List<Problem> actual, Expected... expected) {
        String all =
                actual.stream()
                        .map(Problem::toString)
                        .collect(Collectors.joining("\n  ", "\n  ", ""));
        assertThat(actual).as("problems:%s", all).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            Problem problem = actual.get(i);
            Expected want = expected[i];
            assertThat(where(problem))
                    .as("place of problem %d of:%s", i, all)
                    .isEqualTo(want.where());
            assertThat(problem.reason())
                    .as("reason of problem %d of:%s", i, all)
                    .contains(want.reasonFragments());
        }
    }

    /** {@code file:line:column pointer}, the file relative to the folder. */
    String where(Problem problem) {
        Path file =
                problem.file().startsWith(dir) ? dir.relativize(problem.file()) : problem.file();
        return file.toString().replace('\\', '/')
                + ":"
                + problem.line()
                + ":"
                + problem.column()
                + " "
                + problem.pointer();
    }

    /** One expected problem: where it is and words its reason must contain. */
    record Expected(String where, String... reasonFragments) {}

    /**
     * A problem expected in {@code file} at {@code position} ("line:column", see {@link #at}) with
     * {@code pointer}, whose reason contains every fragment.
     */
    static Expected problem(
            String file, String position, String pointer, String... reasonFragments) {
        return new Expected(file + ":" + position + " " + pointer, reasonFragments);
    }

    /**
     * "line:column" (1-based, counted in characters as editors count them) of the first occurrence
     * of {@code token} in {@code json}.
     */
    static String at(String json, String token) {
        return at(json, token, 1);
    }

    /** "line:column" of the {@code nth} (1-based) occurrence of {@code token} in {@code json}. */
    static String at(String json, String token, int nth) {
        int index = -1;
        for (int i = 0; i < nth; i++) {
            index = json.indexOf(token, index + 1);
            assertThat(index)
                    .as("occurrence %d of token %s in test JSON", i + 1, token)
                    .isNotNegative();
        }
        int lineStart = json.lastIndexOf('\n', index - 1) + 1;
        long line = json.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
        return line + ":" + (index - lineStart + 1);
    }

    /**
     * "line:column" of {@code value} where it is written as {@code "field": value} in {@code json}.
     */
    static String valueAt(String json, String field, String value) {
        String member = "\"" + field + "\": " + value;
        int index = json.indexOf(member);
        assertThat(index).as("member %s in test JSON", member).isNotNegative();
        int valueIndex = index + member.length() - value.length();
        int lineStart = json.lastIndexOf('\n', valueIndex - 1) + 1;
        long line = json.substring(0, valueIndex).chars().filter(c -> c == '\n').count() + 1;
        return line + ":" + (valueIndex - lineStart + 1);
    }

    /**
     * {@code json} with {@code from} replaced, which must occur, so that a stale edit cannot go
     * unnoticed.
     */
    static String edit(String json, String from, String to) {
        assertThat(json).contains(from);
        return json.replace(from, to);
    }
}
