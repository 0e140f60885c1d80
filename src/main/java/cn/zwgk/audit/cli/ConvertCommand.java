package cn.zwgk.audit.cli;

import cn.zwgk.audit.evidence.EvidenceLoader;
import cn.zwgk.audit.evidence.EvidenceSet;
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
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code zwgk convert IN OUT}: an evidence folder to a ledger workbook or to ledger CSV files, or a
 * ledger (workbook or CSV) or JSON evidence file to JSON evidence files, with nothing lost either
 * way: a value a ledger cannot hold as it is is a located evidence problem, not cut.
 */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {
            "在 JSON 证据与台账工作簿之间无损转换：",
            "  zwgk convert 证据目录 OUT.xlsx    目录中全部证据（先完整检查）写成一个工作簿，每类一个工作表；",
            "  zwgk convert 证据目录 OUT_DIR     同上，写成 CSV 台账 OUT_DIR/<种类>.csv，每类一个；",
            "  zwgk convert 台账.xlsx OUT_DIR     工作簿（或 .csv、.json 证据文件）写成 OUT_DIR/<种类>.json。",
            "审计配置 profile.json 不在工作簿中。目标文件已存在时不覆盖。"
        })
final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "证据目录，或一个 .xlsx、.csv、.json 证据文件。")
    Path in;

    @Parameters(
            index = "1",
            paramLabel = "OUT",
            description = "IN 为目录时是要写出的 .xlsx，或写出 CSV 文件的目录；否则是写出 JSON 文件的目录。")
    Path out;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Map<Path, byte[]> files = new LinkedHashMap<>();
        List<Evidence> records;
        try {
            if (Files.isDirectory(in)) {
                boolean workbook = out.getFileName().toString().endsWith(".xlsx");
                if (workbook && !Outputs.isNew(List.of(out), err)) {
                    return ExitCode.BAD_OPTIONS.code;
                }
                EvidenceSet set = EvidenceLoader.withoutManifest().load(in);
                records = set.records();
                try {
                    if (workbook) {
                        files.put(out, LedgerWriter.write(List.of(), records));
                    } else {
                        LedgerWriter.csv(records)
                                .forEach((name, bytes) -> files.put(out.resolve(name), bytes));
                    }
                } catch (LedgerWriter.UnwritableValue e) {
                    throw located(e, set);
                }
                if (!Outputs.isNew(List.copyOf(files.keySet()), err)) {
                    return ExitCode.BAD_OPTIONS.code;
                }
            } else {
                records = new EvidenceLoader().readFile(in);
                EvidenceWriter.files(records)
                        .forEach((name, bytes) -> files.put(out.resolve(name), bytes));
                if (!Outputs.isNew(List.copyOf(files.keySet()), err)) {
                    return ExitCode.BAD_OPTIONS.code;
                }
            }
        } catch (EvidenceException e) {
            return InputProblems.report(e, err);
        } catch (IOException e) {
            return Outputs.failed(e, err);
        }
        try {
            ReportWriter.writeAll(files);
        } catch (IOException e) {
            return Outputs.failed(e, err);
        }
        spec.commandLine()
                .getOut()
                .println(
                        "已转换 "
                                + records.size()
                                + " 条记录："
                                + in
                                + " → "
                                + String.join(
                                        "、", files.keySet().stream().map(Path::toString).toList()));
        return ExitCode.OK.code;
    }

    /** Each unwritable value placed where its record was read, as any evidence problem is. */
    private static EvidenceException located(LedgerWriter.UnwritableValue e, EvidenceSet set) {
        return new EvidenceException(
                e.values().stream()
                        .map(
                                v ->
                                        set.sources()
                                                .get(v.record().id())
                                                .problem("/" + v.field(), v.reason()))
                        .toList());
    }
}
