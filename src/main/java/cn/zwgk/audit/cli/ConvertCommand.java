package cn.zwgk.audit.cli;

import cn.zwgk.audit.evidence.EvidenceLoader;
import cn.zwgk.audit.evidence.EvidenceWriter;
import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.ledger.LedgerWriter;
import cn.zwgk.audit.problem.EvidenceException;
import cn.zwgk.audit.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code zwgk convert IN OUT}: an evidence folder to a ledger workbook, or a ledger (workbook or
 * CSV) or JSON evidence file to JSON evidence files, with nothing lost either way.
 */
@Command(
        name = "convert",
        description = {
            "在 JSON 证据与台账工作簿之间无损转换：",
            "  zwgk convert 证据目录 OUT.xlsx    目录中全部证据（先完整检查）写成一个工作簿，每类一个工作表；",
            "  zwgk convert 台账.xlsx OUT_DIR     工作簿（或 .csv、.json 证据文件）写成 OUT_DIR/<种类>.json。",
            "审计配置 profile.json 不在工作簿中。目标文件已存在时不覆盖。"
        })
final class ConvertCommand extends PrintingCommand {

    @Parameters(index = "0", paramLabel = "IN", description = "证据目录，或一个 .xlsx、.csv、.json 证据文件。")
    Path in;

    @Parameters(
            index = "1",
            paramLabel = "OUT",
            description = "IN 为目录时是要写出的 .xlsx；否则是写出 JSON 文件的目录。")
    Path target;

    @Override
    int run(PrintWriter out, PrintWriter err) {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        List<Evidence> records;
        try {
            if (Files.isDirectory(in)) {
                if (!Outputs.isNew(target, ".xlsx", err)) {
                    return ExitCode.BAD_OPTIONS.code;
                }
                records = EvidenceLoader.withoutManifest().load(in).records();
                files.put(target, LedgerWriter.write(List.of(), records));
            } else {
                records = new EvidenceLoader().readFile(in);
                EvidenceWriter.files(records)
                        .forEach((name, bytes) -> files.put(target.resolve(name), bytes));
                if (!Outputs.isNew(List.copyOf(files.keySet()), err)) {
                    return ExitCode.BAD_OPTIONS.code;
                }
            }
        } catch (EvidenceException e) {
            return InputProblems.report(e, err);
        } catch (LedgerWriter.UnwritableValue e) {
            err.println("错误：无法无损写入工作簿：" + e.getMessage());
            return ExitCode.BAD_EVIDENCE.code;
        } catch (IOException e) {
            return Outputs.failed(e, err);
        }
        try {
            ReportWriter.writeAll(files);
        } catch (IOException e) {
            return Outputs.failed(e, err);
        }
        out.println(
                "已转换 "
                        + records.size()
                        + " 条记录："
                        + in
                        + " → "
                        + String.join("、", files.keySet().stream().map(Path::toString).toList()));
        return ExitCode.OK.code;
    }
}
