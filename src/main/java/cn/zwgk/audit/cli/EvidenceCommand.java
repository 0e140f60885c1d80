package cn.zwgk.audit.cli;

import cn.zwgk.audit.app.EvidenceSurvey;
import cn.zwgk.audit.evidence.EvidenceCounts;
import cn.zwgk.audit.evidence.EvidenceSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code zwgk evidence}: what an evidence folder holds and everything wrong with it, without
 * auditing.
 */
@Command(name = "evidence", description = "检查证据而不审计：各种类、各单位的记录数，日期范围，以及全部问题；有问题时退出码 3。")
final class EvidenceCommand extends PrintingCommand {

    @CommandLine.Mixin EvidenceFolder evidence;

    @Override
    int run(PrintWriter out, PrintWriter err) {
        Path folder = evidence.folder();
        EvidenceSurvey survey = EvidenceSurvey.of(folder);
        EvidenceSet read = survey.evidence();
        EvidenceCounts counts = survey.counts();
        out.println("证据目录：" + folder);
        if (read.profile() != null) {
            out.println(
                    "审计配置："
                            + read.profile().organisation()
                            + "，"
                            + read.profile().auditYear()
                            + " 年度，"
                            + read.profile().units().size()
                            + " 个单位");
        }
        out.println(
                "读取文件 "
                        + read.files().size()
                        + " 个（其中台账 "
                        + survey.ledgers()
                        + " 个），记录 "
                        + read.records().size()
                        + " 条"
                        + counts.firstDate()
                                .map(d -> "，日期 " + d + " 至 " + counts.lastDate().get())
                                .orElse(""));
        out.println();
        out.println("各种类记录数：");
        counts.byKind()
                .forEach(
                        (kind, n) ->
                                out.println(row(kind.label() + "（" + kind.fileName() + "）", n)));
        out.println("各单位记录数（一条记录属多个单位时各计一次）：");
        counts.byUnit().forEach((unit, n) -> out.println(row(unit, n)));
        out.println();
        if (survey.problems().isEmpty()) {
            out.println("未发现问题。");
            return ExitCode.OK.code;
        }
        if (!read.records().isEmpty()) {
            out.println("以上计数不含无法读成记录的行。");
        }
        return InputProblems.print(err, "证据有误", survey.problems(), ExitCode.BAD_EVIDENCE);
    }

    /**
     * A name and a count, the counts aligned for a terminal (a Chinese character is two columns
     * wide).
     */
    private static String row(String name, long count) {
        int width = name.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
        return "  " + name + " ".repeat(Math.max(1, 40 - width)) + String.format("%6d", count);
    }
}
