package cn.zwgk.audit.cli;

import cn.zwgk.audit.app.BadRequest;
import cn.zwgk.audit.app.Conversion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code zwgk template OUT.xlsx}: an empty ledger workbook for staff to fill in. */
@Command(
        name = "template",
        description = "写出空白台账工作簿：每类证据一个工作表（中文列名，批注中为字段名；枚举与是否为下拉列表，日期有校验），" + "另有“说明”工作表解释每一列。")
final class TemplateCommand extends PrintingCommand {

    @Parameters(index = "0", paramLabel = "OUT.xlsx", description = "要写出的工作簿；已存在时不覆盖。")
    Path workbook;

    @Override
    int run(PrintWriter out, PrintWriter err) {
        try {
            Conversion.template(workbook);
        } catch (BadRequest e) {
            return Outputs.refused(e, err);
        } catch (IOException e) {
            return Outputs.failed(e, err);
        }
        out.println("已写出台账模板：" + workbook);
        return ExitCode.OK.code;
    }
}
