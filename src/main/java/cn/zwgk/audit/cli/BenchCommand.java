package cn.zwgk.audit.cli;

import cn.zwgk.audit.bench.BenchRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zwgk bench}: generates synthetic evidence at each size (not timed), then measures, each in
 * its own JVM, the full audit (load, rules, report) and the baseline (Jackson alone), and prints a
 * table.
 */
@Command(name = "bench", description = "性能基准：按记录数生成合成证据，分别计时证据加载、规则、报告与 Jackson 基线。")
final class BenchCommand extends PrintingCommand {

    @Option(
            names = "--sizes",
            split = ",",
            paramLabel = "N",
            defaultValue = "10000,100000,1000000",
            description = "记录数，逗号分隔；默认 ${DEFAULT-VALUE}。")
    List<Long> sizes;

    @Option(
            names = "--files",
            split = ",",
            paramLabel = "N",
            description = "证据文件数，逗号分隔：每个记录数下再按这些文件数各测一次（各种证据按记录比例分成多个文件）；" + "默认每种证据一个文件。")
    List<Long> fileCounts;

    @Option(
            names = "--styled-rows",
            split = ",",
            paramLabel = "N",
            description =
                    "改为测量台账工作簿的行数：每个 N 生成一个工作表共 N 行（列名行之下全是只有填充格式的空行）的"
                            + " ledger.xlsx，在独立进程中运行 zwgk audit，给出用时、堆峰值、退出码与第一条问题。")
    List<Long> styledRows;

    @Option(names = "--work", paramLabel = "DIR", description = "生成证据的目录；默认为 target/bench。")
    Path work;

    @Option(names = "--seed", defaultValue = "2020", description = "生成器种子；默认 ${DEFAULT-VALUE}。")
    long seed;

    @Option(names = "--xmx", defaultValue = "2g", description = "子进程最大堆；默认 ${DEFAULT-VALUE}。")
    String xmx;

    @Option(
            names = "--timeout",
            defaultValue = "15",
            paramLabel = "MINUTES",
            description = "每次测量的时限（分钟）；默认 ${DEFAULT-VALUE}。")
    long timeoutMinutes;

    @CommandLine.Mixin RulesOption rules;

    @Override
    int run(PrintWriter out, PrintWriter err) throws Exception {
        BenchRun.Request request =
                new BenchRun.Request(
                        sizes,
                        fileCounts,
                        Main.home("sample-data/2020"),
                        work != null ? work : Main.home("target/bench"),
                        rules.folder(),
                        seed,
                        xmx,
                        Duration.ofMinutes(timeoutMinutes),
                        System.console() != null);
        Consumer<String> line =
                l -> {
                    out.println(l);
                    out.flush();
                };
        try {
            if (styledRows != null) {
                line.accept(BenchRun.STYLED_ROWS_HEADER);
                BenchRun.runStyledRows(
                        request,
                        styledRows,
                        Main.class.getName(),
                        err::println,
                        row -> line.accept(row.markdown()));
            } else {
                line.accept(BenchRun.HEADER);
                BenchRun.run(request, err::println, row -> line.accept(row.markdown()));
            }
        } catch (IllegalArgumentException e) {
            err.println("错误：" + e.getMessage());
            return ExitCode.BAD_OPTIONS.code;
        }
        return ExitCode.OK.code;
    }
}
