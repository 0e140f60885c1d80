package cn.zwgk.audit.bench;

import cn.zwgk.audit.AuditRules;
import cn.zwgk.audit.Auditor;
import cn.zwgk.audit.evidence.EvidenceLoader;
import cn.zwgk.audit.evidence.EvidenceSet;
import cn.zwgk.audit.evidence.Json;
import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.facts.EvidenceKind;
import cn.zwgk.audit.report.AuditReport;
import cn.zwgk.audit.report.Renderer;
import cn.zwgk.audit.report.Renderers;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One measurement, run in its own JVM so that heap figures belong to it alone: {@code audit
 * EVIDENCE_DIR RULES_DIR}, {@code baseline EVIDENCE_DIR}, or {@code command MAIN_CLASS ARGS...} (a
 * whole command line as a user runs it). Prints one line {@code RESULT key=value ...} on stdout
 * (times in milliseconds, heap in MiB), and for a command the first problem it told, on a line
 * {@code FIRST ...}.
 */
public final class BenchChild {
    /** What starts the one line of results, which {@link BenchRun} reads. */
    static final String RESULT = "RESULT ";

    /** What starts the line of a command's first problem. */
    static final String FIRST = "FIRST ";

    private BenchChild() {}

    public static void main(String[] args) throws Exception {
        HeapPeak peak = new HeapPeak();
        peak.start();
        if (args[0].equals("command")) {
            command(args, peak);
            // Whatever threads the command left must not keep this JVM, and the measurement, open.
            System.exit(0);
        }
        Path evidence = Path.of(args[1]);
        String result;
        if (args[0].equals("audit")) {
            long t0 = System.nanoTime();
            AuditRules rules = AuditRules.load(Path.of(args[2]));
            long t1 = System.nanoTime();
            EvidenceSet set = new EvidenceLoader().load(evidence);
            long t2 = System.nanoTime();
            AuditReport report = new Auditor(rules).audit(set, null);
            long t3 = System.nanoTime();
            long bytes = 0;
            List<String> failed = new ArrayList<>();
            for (String format : Renderers.formats()) {
                Renderer renderer = Renderers.byFormat(format).orElseThrow();
                try {
                    bytes += renderer.render(report).length;
                } catch (RuntimeException e) {
                    // Reported, not fatal: the other formats are still measured.
                    System.err.println("格式 " + format + " 无法生成：" + e);
                    failed.add(format);
                }
            }
            long t4 = System.nanoTime();
            result =
                    String.format(
                            Locale.ROOT,
                            "records=%d compile=%d load=%d rules=%d report=%d total=%d"
                                    + " reportBytes=%d failedFormats=%s",
                            set.records().size(),
                            ms(t1 - t0),
                            ms(t2 - t1),
                            ms(t3 - t2),
                            ms(t4 - t3),
                            ms(t4 - t1),
                            bytes,
                            failed.isEmpty() ? "-" : String.join(",", failed));
        } else {
            long t0 = System.nanoTime();
            List<Evidence> records = baseline(evidence);
            long t1 = System.nanoTime();
            result = String.format(Locale.ROOT, "records=%d parse=%d", records.size(), ms(t1 - t0));
        }
        peak.finish();
        System.out.println(RESULT + result + " heapMiB=" + peak.peakMiB());
    }

    /**
     * Runs a command line through {@code run(PrintWriter, PrintWriter, String...)} of the main
     * class named in {@code args[1]}: the command line is above this package, so it is named, not
     * imported. Times it from start to exit code.
     */
    private static void command(String[] args, HeapPeak peak) throws Exception {
        Method run =
                Class.forName(args[1])
                        .getMethod("run", PrintWriter.class, PrintWriter.class, String[].class);
        StringWriter err = new StringWriter();
        long t0 = System.nanoTime();
        int exit =
                (Integer)
                        run.invoke(
                                null,
                                new PrintWriter(new StringWriter(), true),
                                new PrintWriter(err, true),
                                Arrays.copyOfRange(args, 2, args.length));
        long t1 = System.nanoTime();
        peak.finish();
        // The heading ends with "：", each problem line after it names its file.
        String first = err.toString().lines().filter(l -> !l.endsWith("：")).findFirst().orElse("-");
        System.out.println(
                RESULT + "exit=" + exit + " wall=" + ms(t1 - t0) + " heapMiB=" + peak.peakMiB());
        System.out.println(FIRST + first);
    }

    /**
     * The floor: Jackson reading the same files into the same record classes, streaming each
     * records array, with no located trees, no validation, no reference checks and no rules.
     */
    static List<Evidence> baseline(Path folder) throws Exception {
        ObjectMapper mapper = Json.strictMapper();
        List<Evidence> records = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        mapper.readTree(folder.resolve(EvidenceLoader.PROFILE_FILE).toFile());
        for (Path file : files) {
            if (file.getFileName().toString().equals(EvidenceLoader.PROFILE_FILE)) {
                continue;
            }
            try (JsonParser p = mapper.createParser(file.toFile())) {
                EvidenceKind kind = null;
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if (field.equals("kind")) {
                        kind = EvidenceKind.byFileName(p.getText()).orElseThrow();
                    } else if (field.equals("records") && kind != null) {
                        ObjectReader reader = mapper.readerFor(kind.type());
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            records.add(reader.readValue(p));
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            }
        }
        return records;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /** The largest heap use seen, polled every few milliseconds and after each collection. */
    static final class HeapPeak extends Thread {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private volatile boolean running = true;
        private volatile long peak;

        HeapPeak() {
            setDaemon(true);
            setName("heap-peak");
        }

        @Override
        public void run() {
            while (running) {
                sample();
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void sample() {
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used > peak) {
                peak = used;
            }
        }

        void finish() throws InterruptedException {
            sample();
            running = false;
            join();
        }

        long peakMiB() {
            return peak / (1024 * 1024);
        }
    }
}
