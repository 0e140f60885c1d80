package cn.zwgk.audit.cli;

import cn.zwgk.audit.app.BadRequest;
import cn.zwgk.audit.app.Conversion;
import cn.zwgk.audit.problem.EvidenceException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code zwgk convert IN OUT}: an evidence folder to a ledger workbook or to ledger CSV files, or a
 * ledger (workbook or CSV) or JSON evidence file to JSON evidence files, with nothing lost either
 * way: a value a ledger cannot hold as it is is a located evidence problem, not cut.
 */
@Command(
        name = "convert",
        description = {
            "在 JSON 证据与台账工作簿之间无损转换：",
            "  zwgk convert 证据目录 OUT.xlsx    目录中全部证据（先完整检查）写成一个工作簿，每类一个工作表；",
            "  zwgk convert 证据目录 OUT_DIR     同上，写成 CSV 台账 OUT_DIR/<种类>.csv，每类一个；",
            "  zwgk convert 台账.xlsx OUT_DIR     工作簿（或 .csv、.json 证据文件）写成 OUT_DIR/<种类>.json。",
            "审计配置 profile.json 不在工作簿中。目标文件已存在时不覆盖。"
        })
final class ConvertCommand extends PrintingCommand {

    @Parameters(index = "0", paramLabel = "IN", description = "证据目录，或一个 .xlsx、.csv、.json 证据文件。")
    Path in;

    @Parameters(
            index = "1",
            paramLabel = "OUT",
            description = "IN 为目录时是要写出的 .xlsx，或写出 CSV 文件的目录；否则是写出 JSON 文件的目录。")
    Path target;

    @Override
    int run(PrintWriter out, PrintWriter err) {
        Conversion.Result result;
        try {
            result = Conversion.convert(new Conversion.Request(in, target));
        } catch (BadRequest e) {
            return Outputs.refused(e, err);
        } catch (EvidenceException e) {
            return InputProblems.report(e, err);
        } catch (IOException e) {
            return Outputs.failed(e, err);
        }
        out.println(
                "已转换 "
                        + result.records()
                        + " 条记录："
                        + in
                        + " → "
                        + String.join("、", result.written().stream().map(Path::toString).toList()));
        return ExitCode.OK.code;
    }
}
