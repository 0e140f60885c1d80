package cn.zwgk.audit.cli;

import cn.zwgk.audit.problem.InputFailure;
import java.io.PrintWriter;
import java.util.List;

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
                e.input() == InputFailure.Input.EVIDENCE
                        ? ExitCode.BAD_EVIDENCE
                        : ExitCode.BAD_RULES);
    }

    static int print(PrintWriter err, String heading, List<?> problems, ExitCode code) {
        err.println(heading + "（共 " + problems.size() + " 处）：");
        problems.forEach(err::println);
        return code.code;
    }
}
