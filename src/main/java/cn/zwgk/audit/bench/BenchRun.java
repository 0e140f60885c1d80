package cn.zwgk.audit.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code zwgk bench} below the command line: generates synthetic evidence at each size (not timed),
 * then measures, each in its own JVM ({@link BenchChild}), the full audit (load, rules, report) and
 * the baseline (Jackson alone).
 */
public final class BenchRun {
    private BenchRun() {}

    /**
     * @param sample the evidence whose shape and units the generated evidence follows
     * @param work where the generated evidence is written, a folder per size
     * @param fileCounts for each size, the numbers of evidence files to spread the records over (0:
     *     one file per kind)
     * @param progress whether to tell each size being generated (for a person at a terminal)
     */
    public record Request(
            List<Long> sizes,
            List<Long> fileCounts,
            Path sample,
            Path work,
            Path rules,
            long seed,
            String xmx,
            Duration timeout,
            boolean progress) {
        public Request {
            sizes = List.copyOf(sizes);
            fileCounts =
                    fileCounts == null || fileCounts.isEmpty()
                            ? List.of(0L)
                            : List.copyOf(fileCounts);
        }
    }

    /** The table's header, in Markdown: the rows are {@link Row#markdown()}. */
    public static final String HEADER =
            "| records | files | load ms | rules ms | report ms | total ms | peak heap MiB |"
                    + " baseline ms | baseline heap MiB | total/baseline | compile ms | failed"
                    + " formats |\n"
                    + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|";

    /**
     * One size measured: the audit's and the baseline's RESULT values, each null when that
     * measurement failed or timed out.
     */
    public record Row(
            long size, long files, Map<String, String> audit, Map<String, String> baseline) {
        public String markdown() {
            if (audit == null || baseline == null) {
                return "| " + size + " | " + files + " | 失败或超时（见 stderr） |||||||||";
            }
            double ratio =
                    Double.parseDouble(audit.get("total"))
                            / Math.max(1, Double.parseDouble(baseline.get("parse")));
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %s | %s | %s | %s | %s | %s | %.1f× | %s | %s |",
                    audit.get("records"),
                    files,
                    audit.get("load"),
                    audit.get("rules"),
                    audit.get("report"),
                    audit.get("total"),
                    audit.get("heapMiB"),
                    baseline.get("parse"),
                    baseline.get("heapMiB"),
                    ratio,
                    audit.get("compile"),
                    audit.get("failedFormats"));
        }
    }

    /**
     * Measures every size, handing each row to {@code rows} as soon as it is measured.
     *
     * @param messages told of progress and of every measurement that failed, with its output
     * @throws IllegalArgumentException when a size cannot be generated
     */
    public static void run(Request request, Consumer<String> messages, Consumer<Row> rows)
            throws IOException, InterruptedException {
        EvidenceGenerator generator = new EvidenceGenerator(request.sample());
        for (long size : request.sizes()) {
            for (long files : request.fileCounts()) {
                Path folder =
                        request.work()
                                .resolve("org-" + size + (files > 0 ? "-files-" + files : ""));
                if (request.progress()) {
                    messages.accept("生成 " + size + " 条记录到 " + folder + " ...");
                }
                generator.generate(folder, size, request.seed(), null, files);
                Map<String, String> audit =
                        child(
                                request,
                                messages,
                                "audit",
                                folder.toString(),
                                request.rules().toString());
                Map<String, String> base = child(request, messages, "baseline", folder.toString());
                rows.accept(new Row(size, evidenceFiles(folder), audit, base));
            }
        }
    }

    /**
     * The table of {@link #runStyledRows}, in Markdown: the rows are {@link StyledRow#markdown()}.
     */
    public static final String STYLED_ROWS_HEADER =
            "| sheet rows | xlsx MiB | wall s | peak heap MiB | exit | first problem |\n"
                    + "|---:|---:|---:|---:|---:|---|";

    /**
     * One workbook of styled empty rows audited: its rows (the header included), its size, and the
     * command's RESULT values with its first problem, null when the measurement failed.
     */
    public record StyledRow(long rows, long bytes, Map<String, String> result) {
        public String markdown() {
            if (result == null) {
                return "| " + rows + " | | 失败或超时（见 stderr） ||||";
            }
            return String.format(
                    Locale.ROOT,
                    "| %d | %.1f | %.1f | %s | %s | %s |",
                    rows,
                    bytes / 1048576.0,
                    Long.parseLong(result.get("wall")) / 1000.0,
                    result.get("heapMiB"),
                    result.get("exit"),
                    result.getOrDefault("first", "-").replace("|", "\\|"));
        }
    }

    /**
     * For each count in {@code sheetRows}, writes an evidence folder (the sample's profile and a
     * ledger workbook of one sheet: a header row, then empty rows that hold only a fill style, that
     * many rows in all), then runs {@code zwgk audit} on it in its own JVM, through the command
     * line's main class {@code commandMain}: how long until the exit code, the peak heap, the exit
     * code and the first problem told.
     */
    public static void runStyledRows(
            Request request,
            List<Long> sheetRows,
            String commandMain,
            Consumer<String> messages,
            Consumer<StyledRow> rows)
            throws IOException, InterruptedException {
        for (long n : sheetRows) {
            if (n < 1) {
                throw new IllegalArgumentException("工作表行数至少为 1（列名行）：" + n);
            }
            Path folder = Files.createDirectories(request.work().resolve("styled-rows-" + n));
            Files.copy(
                    request.sample().resolve("profile.json"),
                    folder.resolve("profile.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            Path workbook = folder.resolve("ledger.xlsx");
            if (request.progress()) {
                messages.accept("生成 " + n + " 行的工作簿 " + workbook + " ...");
            }
            StyledRowsWorkbook.write(workbook, n);
            Map<String, String> result =
                    child(
                            request,
                            messages,
                            "command",
                            commandMain,
                            "audit",
                            folder.toString(),
                            "--rules",
                            request.rules().toString(),
                            "--out",
                            request.work().resolve("styled-rows-" + n + "-out").toString());
            rows.accept(new StyledRow(n, Files.size(workbook), result));
        }
    }

    /** The evidence files of a generated folder (its profile not counted). */
    private static long evidenceFiles(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.filter(f -> !f.getFileName().toString().equals("profile.json")).count();
        }
    }

    /** Runs one measurement in a fresh JVM; its RESULT line as a map, or null when it failed. */
    private static Map<String, String> child(
            Request request, Consumer<String> messages, String... args)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command =
                new ArrayList<>(List.of(java, "-Xmx" + request.xmx(), "-Dfile.encoding=UTF-8"));
        // The JIT and GC choices the launcher made for this JVM, so both children run as ./zwgk
        // does.
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:") && !a.contains("SharedArchiveFile"))
                .forEach(command::add);
        command.addAll(
                List.of("-cp", System.getProperty("java.class.path"), BenchChild.class.getName()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("zwgk-bench", ".out");
        String text;
        try {
            Process process =
                    new ProcessBuilder(command)
                            .redirectError(ProcessBuilder.Redirect.INHERIT)
                            .redirectOutput(output.toFile())
                            .start();
            if (!process.waitFor(request.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                messages.accept("测量超时：" + String.join(" ", args));
                return null;
            }
            text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                messages.accept(
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
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith(BenchChild.RESULT)) {
                for (String pair : line.substring(BenchChild.RESULT.length()).trim().split(" ")) {
                    String[] kv = pair.split("=", 2);
                    values.put(kv[0], kv[1]);
                }
            } else if (line.startsWith(BenchChild.FIRST)) {
                values.put("first", line.substring(BenchChild.FIRST.length()));
            }
        }
        if (!values.isEmpty()) {
            return values;
        }
        messages.accept("测量失败（没有结果行）：" + String.join(" ", args) + "\n" + text);
        return null;
    }
}
