package cn.zwgk.audit.cli;

import cn.zwgk.audit.problem.InputFailure;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Prints what is wrong with the rules, catalog or evidence, one located problem a line, and picks
 * the exit code.
 */
final class InputProblems {
    private InputProblems() {}

    static int report(InputFailure e, PrintWriter err) {
        return print(
                err,
                e.input().heading,
                e.lines(),
                switch (e.input()) {
                    case EVIDENCE -> ExitCode.BAD_EVIDENCE;
                    case RULES, CATALOG -> ExitCode.BAD_RULES;
                });
    }

    /** Problems of one kind in one file listed at most (默认值); the rest are counted. */
    static final int SHOWN_PER_KIND = 20;

    /** What differs between problems of one kind: quoted values, numbers, cell names. */
    private static final Pattern DETAILS = Pattern.compile("“[^”]*”|\"[^\"]*\"|[A-Z]*\\d+");

    /**
     * Prints the problems, each kind (same file, same reason but for values and places) at most
     * {@link #SHOWN_PER_KIND} times, then how many more there are: a CSV line of a million bad
     * cells is a screenful, not a million lines.
     */
    static int print(PrintWriter err, String heading, List<?> problems, ExitCode code) {
        err.println(heading + "（共 " + problems.size() + " 处）：");
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> example = new LinkedHashMap<>();
        for (Object p : problems) {
            String kind = kindOf(p);
            int n = seen.merge(kind, 1, Integer::sum);
            if (n <= SHOWN_PER_KIND) {
                err.println(p);
            } else {
                example.putIfAbsent(kind, String.valueOf(p));
            }
        }
        example.forEach(
                (kind, first) ->
                        err.println(
                                "……另有 " + (seen.get(kind) - SHOWN_PER_KIND) + " 个同类问题，如：" + first));
        return code.code;
    }

    /** A problem line without its values and places: "文件: 原因" with the details taken out. */
    private static String kindOf(Object problem) {
        return DETAILS.matcher(String.valueOf(problem)).replaceAll("");
    }
}
