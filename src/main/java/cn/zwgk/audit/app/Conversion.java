package cn.zwgk.audit.app;

import cn.zwgk.audit.evidence.EvidenceLoader;
import cn.zwgk.audit.evidence.EvidenceSet;
import cn.zwgk.audit.evidence.EvidenceWriter;
import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.ledger.LedgerWriter;
import cn.zwgk.audit.problem.EvidenceException;
import cn.zwgk.audit.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code zwgk convert} and {@code zwgk template} below the command line. They never write over an
 * existing file (a ledger someone keeps is not to be replaced by a slip of the command line), and
 * write each file atomically.
 */
public final class Conversion {
    private Conversion() {}

    /**
     * @param in an evidence folder, or one {@code .xlsx}, {@code .csv} or {@code .json} evidence
     *     file
     * @param target for a folder, the {@code .xlsx} to write or the folder for one ledger CSV a
     *     kind; else the folder for the JSON files
     */
    public record Request(Path in, Path target) {}

    /** How many records were converted, and the files written, in order. */
    public record Result(int records, List<Path> written) {}

    /**
     * An evidence folder (checked in full first) to a workbook or to ledger CSV files, or a ledger
     * or evidence file to one JSON file a kind. Nothing is cut to fit: a value a ledger cannot hold
     * as it is is an evidence problem placed where its record was read.
     *
     * @throws BadRequest when a file to write exists already
     */
    public static Result convert(Request request)
            throws BadRequest, EvidenceException, IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        List<Evidence> records;
        if (Files.isDirectory(request.in())) {
            boolean workbook = request.target().getFileName().toString().endsWith(".xlsx");
            if (workbook) {
                // Before the folder is read in full, so that a slip of the command line fails at
                // once.
                checkNew(List.of(request.target()));
            }
            EvidenceSet set = EvidenceLoader.withoutManifest().load(request.in());
            records = set.records();
            try {
                if (workbook) {
                    files.put(request.target(), LedgerWriter.write(List.of(), records));
                } else {
                    LedgerWriter.csv(records)
                            .forEach(
                                    (name, bytes) ->
                                            files.put(request.target().resolve(name), bytes));
                }
            } catch (LedgerWriter.UnwritableValue e) {
                throw located(e, set);
            }
        } else {
            records = new EvidenceLoader().readFile(request.in());
            EvidenceWriter.files(records)
                    .forEach((name, bytes) -> files.put(request.target().resolve(name), bytes));
        }
        checkNew(List.copyOf(files.keySet()));
        return new Result(records.size(), ReportWriter.writeAll(files));
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

    /**
     * Writes an empty ledger workbook for staff to fill in.
     *
     * @throws BadRequest when it exists already or is not named {@code *.xlsx}
     */
    public static void template(Path workbook) throws BadRequest, IOException {
        checkNew(workbook, ".xlsx");
        ReportWriter.writeAll(Map.of(workbook, LedgerWriter.template()));
    }

    private static void checkNew(Path file, String suffix) throws BadRequest {
        if (!file.getFileName().toString().endsWith(suffix)) {
            throw new BadRequest(file + " 应以 " + suffix + " 结尾");
        }
        checkNew(List.of(file));
    }

    private static void checkNew(List<Path> files) throws BadRequest {
        List<String> existing =
                files.stream().filter(Files::exists).map(f -> f + " 已存在，不予覆盖").toList();
        if (!existing.isEmpty()) {
            throw new BadRequest(existing);
        }
    }
}
