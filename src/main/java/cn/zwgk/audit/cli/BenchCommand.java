package cn.zwgk.audit.cli;

import cn.zwgk.audit.bench.EvidenceGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zwgk bench}: generates synthetic evidence at each size (not timed), then measures, each in
 * its own JVM, the full audit (load, rules, report) and the baseline (Jackson alone), and prints a
 * table.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "性能基准：按记录数生成合成证据，分别计时证据加载、规则、报告与 Jackson 基线。")
final class BenchCommand implements Callable<Integer> {

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

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path work = this.work != null ? this.work : Main.home("target/bench");
        EvidenceGenerator generator = new EvidenceGenerator(Main.home("sample-data/2020"));
        out.println(
                "| records | files | load ms | rules ms | report ms | total ms | peak heap MiB |"
                        + " baseline ms | baseline heap MiB | total/baseline | compile ms | failed"
                        + " formats |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        out.flush();
        List<Long> fileCounts = this.fileCounts == null ? List.of(0L) : this.fileCounts;
        for (long size : sizes) {
            for (long files : fileCounts) {
                Path folder = work.resolve("org-" + size + (files > 0 ? "-files-" + files : ""));
                if (System.console() != null) {
                    err.println("生成 " + size + " 条记录到 " + folder + " ...");
                }
                try {
                    generator.generate(folder, size, seed, null, files);
                } catch (IllegalArgumentException e) {
                    err.println("错误：" + e.getMessage());
                    return ExitCode.BAD_OPTIONS.code;
                }
                Map<String, String> audit =
                        child(err, "audit", folder.toString(), rules.folder().toString());
                Map<String, String> base = child(err, "baseline", folder.toString());
                if (audit == null || base == null) {
                    out.println(
                            "| "
                                    + size
                                    + " | "
                                    + evidenceFiles(folder)
                                    + " | 失败或超时（见 stderr） |||||||||");
                    out.flush();
                    continue;
                }
                double ratio =
                        Double.parseDouble(audit.get("total"))
                                / Math.max(1, Double.parseDouble(base.get("parse")));
                out.println(
                        String.format(
                                Locale.ROOT,
                                "| %s | %d | %s | %s | %s | %s | %s | %s | %s | %.1f× | %s | %s |",
                                audit.get("records"),
                                evidenceFiles(folder),
                                audit.get("load"),
                                audit.get("rules"),
                                audit.get("report"),
                                audit.get("total"),
                                audit.get("heapMiB"),
                                base.get("parse"),
                                base.get("heapMiB"),
                                ratio,
                                audit.get("compile"),
                                audit.get("failedFormats")));
                out.flush();
            }
        }
        return ExitCode.OK.code;
    }

    /** The evidence files of a generated folder (its profile not counted). */
    private static long evidenceFiles(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.filter(f -> !f.getFileName().toString().equals("profile.json")).count();
        }
    }

    /** Runs one measurement in a fresh JVM; its RESULT line as a map, or null when it failed. */
    private Map<String, String> child(PrintWriter err, String... args)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command =
                new java.util.ArrayList<>(List.of(java, "-Xmx" + xmx, "-Dfile.encoding=UTF-8"));
        // The JIT and GC choices the launcher made for this JVM, so both children run as ./zwgk
        // does.
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:") && !a.contains("SharedArchiveFile"))
                .forEach(command::add);
        command.addAll(
                List.of(
                        "-cp",
                        System.getProperty("java.class.path"),
                        "cn.zwgk.audit.bench.BenchChild"));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("zwgk-bench", ".out");
        String text;
        try {
            Process process =
                    new ProcessBuilder(command)
                            .redirectError(ProcessBuilder.Redirect.INHERIT)
                            .redirectOutput(output.toFile())
                            .start();
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                err.println("测量超时：" + String.join(" ", args));
                return null;
            }
            text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                err.println(
                        "测量失败（退出码 "
                                + process.exitValue()
                                + "）："
                                + String.join(" ", args)
                                + "\n"
                                + text);
                return null;
            }
        } finally {
            Files.deleteIfExists(output);
        }
        for (String line : text.split("\n")) {
            if (line.startsWith("RESULT ")) {
                Map<String, String> values = new LinkedHashMap<>();
                for (String pair : line.substring(7).trim().split(" ")) {
                    String[] kv = pair.split("=", 2);
                    values.put(kv[0], kv[1]);
                }
                return values;
            }
        }
        err.println("测量失败（没有结果行）：" + String.join(" ", args) + "\n" + text);
        return null;
    }
}
