package cn.zwgk.audit.drl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.lang.DRL6Lexer;

/**
 * One rule file read as its author wrote it, by Drools' own DRL parser and lexer (the ones that
 * compile it): its rules and functions, its tokens, and its lines for the comments the parser
 * drops. Positions are 1-based lines and columns, as editors count.
 */
final class DrlSource {
    final Path file;
    final String text;
    private final String[] lines;
    private final PackageDescr descr;
    private final List<CommonToken> tokens;

    private DrlSource(Path file, String text, PackageDescr descr, List<CommonToken> tokens) {
        this.file = file;
        this.text = text;
        this.lines = text.split("\r?\n", -1);
        this.descr = descr;
        this.tokens = tokens;
    }

    /**
     * Reads and parses a rule file. A file that does not parse yields no rules and no functions:
     * its errors are the compiler's to report, located.
     */
    static DrlSource read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        PackageDescr descr = null;
        try {
            DrlParser parser = new DrlParser();
            PackageDescr parsed = parser.parse(false, text);
            descr = parser.hasErrors() ? null : parsed;
        } catch (DroolsParserException | RuntimeException unparsable) {
            // Reported by the compiler with its line and column.
        }
        List<CommonToken> tokens = new ArrayList<>();
        if (descr != null) {
            DRL6Lexer lexer = new DRL6Lexer(new ANTLRStringStream(text));
            for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
                if (t.getChannel() != Token.HIDDEN_CHANNEL) {
                    tokens.add((CommonToken) t);
                }
            }
        }
        return new DrlSource(file, text, descr, tokens);
    }

    List<RuleDescr> rules() {
        return descr == null ? List.of() : descr.getRules();
    }

    List<FunctionDescr> functions() {
        return descr == null ? List.of() : descr.getFunctions();
    }

    /** The task all the file's rules name with {@code @task(N)}; 0 when none or several. */
    int task() {
        Set<String> tasks = new TreeSet<>();
        for (RuleDescr rule : rules()) {
            AnnotationDescr task = rule.getAnnotation("task");
            if (task != null && task.getSingleValue() != null) {
                tasks.add(String.valueOf(task.getSingleValue()).trim());
            }
        }
        try {
            return tasks.size() == 1 ? Integer.parseInt(tasks.iterator().next()) : 0;
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** Line {@code n} (1-based) without its line break; "" past the end. */
    String line(int n) {
        return n >= 1 && n <= lines.length ? lines[n - 1] : "";
    }

    /**
     * The {@code //} comment lines right above line {@code n}, without their slashes, joined; ""
     * when the line above is not a comment.
     */
    String commentAbove(int n) {
        List<String> comment = new ArrayList<>();
        for (int i = n - 1; i >= 1 && line(i).strip().startsWith("//"); i--) {
            comment.add(0, line(i).strip().substring(2).strip());
        }
        return String.join("", comment);
    }

    /** The tokens of a rule's conditions: after {@code when}, before {@code then}. */
    List<CommonToken> conditionTokens(RuleDescr rule) {
        List<CommonToken> inRule = tokensOf(rule);
        int when = indexOfWord(inRule, "when", 0);
        int then = indexOfWord(inRule, "then", when + 1);
        return when < 0 || then < 0 ? List.of() : inRule.subList(when + 1, then);
    }

    /** A rule's consequence as written, and where its first character lies. */
    record Consequence(String code, int line, int column) {}

    /** The text between a rule's {@code then} and its {@code end}; null when it has none. */
    Consequence consequence(RuleDescr rule) {
        List<CommonToken> inRule = tokensOf(rule);
        int then = indexOfWord(inRule, "then", indexOfWord(inRule, "when", 0) + 1);
        if (then < 0 || inRule.isEmpty() || !word(inRule.get(inRule.size() - 1), "end")) {
            return null;
        }
        CommonToken thenToken = inRule.get(then);
        CommonToken endToken = inRule.get(inRule.size() - 1);
        return new Consequence(
                text.substring(thenToken.getStopIndex() + 1, endToken.getStartIndex()),
                thenToken.getLine(),
                thenToken.getCharPositionInLine() + thenToken.getText().length() + 1);
    }

    private List<CommonToken> tokensOf(RuleDescr rule) {
        return tokens.stream()
                .filter(t -> t.getStartIndex() >= rule.getStartCharacter())
                .filter(t -> t.getStopIndex() < rule.getEndCharacter())
                .toList();
    }

    private static int indexOfWord(List<CommonToken> tokens, String word, int from) {
        for (int i = Math.max(from, 0); i < tokens.size(); i++) {
            if (word(tokens.get(i), word)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean word(CommonToken token, String word) {
        return token.getType() == DRL6Lexer.ID && token.getText().equals(word);
    }
}
