package cn.zwgk.audit.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;

/**
 * Finds positions in DRL source that Drools' own messages leave out: many build errors carry the
 * rule's line but no column, and some no line at all; quoting the expression lets us find it.
 */
final class DrlText {
    private static final Pattern QUOTED_EXPRESSION =
            Pattern.compile("Unable to Analyse Expression (.+?):\\s*\\n");

    private DrlText() {}

    /**
     * {line, column} of the expression an error message quotes, searching from {@code fromLine}; or
     * null.
     */
    static int[] find(Path file, String message, int fromLine) {
        Matcher m = QUOTED_EXPRESSION.matcher(message + "\n");
        if (!m.find()) {
            return fromLine > 0 ? new int[] {fromLine, 1} : null;
        }
        return indexOf(file, m.group(1).trim(), fromLine);
    }

    /** {line, column} where {@code rule "name"} is declared. */
    static int[] findRule(Path file, String ruleName) {
        return indexOf(file, "rule \"" + ruleName + "\"", 0);
    }

    static Path fileOf(Rule rule, Map<String, Path> fileBySource) {
        if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl
                && impl.getResource() != null) {
            return fileBySource.get(impl.getResource().getSourcePath());
        }
        return null;
    }

    private static int[] indexOf(Path file, String needle, int fromLine) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        for (int pass = 0; pass < 2; pass++) {
            int start = pass == 0 ? Math.max(fromLine - 1, 0) : 0;
            for (int i = start; i < lines.size(); i++) {
                int col = lines.get(i).indexOf(needle);
                if (col >= 0) {
                    return new int[] {i + 1, col + 1};
                }
            }
        }
        return fromLine > 0 ? new int[] {fromLine, 1} : null;
    }
}
