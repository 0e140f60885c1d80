package cn.zwgk.audit.cli;

import cn.zwgk.audit.catalog.CatalogException;
import cn.zwgk.audit.engine.RuleException;
import cn.zwgk.audit.evidence.EvidenceException;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints what is wrong with the rules, catalog or evidence, one located problem a line, and picks
 * the exit code.
 */
final class InputProblems {
    private InputProblems() {}

    static int report(Exception e, PrintWriter err) {
        if (e instanceof EvidenceException evidence) {
            return print(err, "证据有误，未生成报告", evidence.problems(), ExitCode.BAD_EVIDENCE);
        }
        if (e instanceof RuleException rules) {
            return print(err, "规则有误", rules.problems(), ExitCode.BAD_RULES);
        }
        if (e instanceof CatalogException catalog) {
            return print(err, "任务目录有误", catalog.problems(), ExitCode.BAD_RULES);
        }
        throw new IllegalArgumentException("not an input problem", e);
    }

    static int print(PrintWriter err, String heading, List<?> problems, ExitCode code) {
        err.println(heading + "（共 " + problems.size() + " 处）：");
        problems.forEach(err::println);
        return code.code;
    }
}
