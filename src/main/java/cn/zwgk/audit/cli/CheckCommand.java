package cn.zwgk.audit.cli;

import cn.zwgk.audit.app.RulesCheck;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code zwgk check}: compiles the rules and the catalog without evidence, lints the rule files'
 * shape, and lists every error and warning.
 */
@Command(name = "check", description = "检查规则与任务目录：编译 .drl、核对 @task 与任务目录、按指南检查规则文件的写法，不需要证据。")
final class CheckCommand extends PrintingCommand {

    @CommandLine.Mixin RulesOption rules;

    @Override
    int run(PrintWriter out, PrintWriter err) {
        RulesCheck check = RulesCheck.of(rules.folder());
        check.errors().forEach(out::println);
        check.warnings().forEach(out::println);
        out.println(check.summary());
        return check.errors().isEmpty() ? ExitCode.OK.code : ExitCode.BAD_RULES.code;
    }
}
