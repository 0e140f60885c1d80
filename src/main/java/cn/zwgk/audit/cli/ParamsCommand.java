package cn.zwgk.audit.cli;

import cn.zwgk.audit.drl.ParameterTable;
import cn.zwgk.audit.drl.Parameters;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zwgk params}: every named parameter of the rule files, its value and where the value comes
 * from; as the guide's Markdown table, or written into the guide.
 */
@Command(
        name = "params",
        description = "列出规则文件中的全部参数（阈值、时限、取值集合）：文件与行、任务、值、依据（法规或任务表 / 默认值 / 缺出处）与出处注释。")
final class ParamsCommand extends PrintingCommand {

    @CommandLine.Mixin RulesOption rules;

    @Option(names = "--markdown", description = "输出审计人员指南“参数一览”所用的 Markdown 表格。")
    boolean markdown;

    @Option(
            names = "--update",
            paramLabel = "GUIDE.md",
            description = "把 Markdown 表格写入该文件的“参数一览”标记之间（如 docs/auditor-guide.md）。")
    Path guide;

    @Override
    int run(PrintWriter out, PrintWriter err) {
        Path folder = rules.folder();
        try {
            if (guide != null) {
                int count = ParameterTable.update(guide, folder);
                out.println("已更新 " + guide + " 的参数一览：" + count + " 个参数");
            } else if (markdown) {
                out.print(ParameterTable.markdown(folder, Parameters.ofFolder(folder)));
                out.flush();
            } else {
                ParameterTable.lines(folder, Parameters.ofFolder(folder)).forEach(out::println);
            }
        } catch (IllegalArgumentException e) {
            err.println("错误：" + guide + "：" + e.getMessage());
            return ExitCode.BAD_OPTIONS.code;
        } catch (IOException e) {
            err.println("错误：无法读取规则或写出文件：" + e.getMessage());
            return ExitCode.BAD_RULES.code;
        }
        return ExitCode.OK.code;
    }
}
