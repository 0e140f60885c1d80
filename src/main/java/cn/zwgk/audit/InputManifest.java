package cn.zwgk.audit;

import cn.zwgk.audit.catalog.Catalog;
import cn.zwgk.audit.digest.FileDigests;
import cn.zwgk.audit.evidence.EvidenceSet;
import cn.zwgk.audit.report.AuditReport.InputFile;
import cn.zwgk.audit.report.ReportBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files an audit read, with their digests, as the report's manifest lists them: hashing is done
 * here, beside the reading, so that the report only formats what it is given.
 */
final class InputManifest {
    private InputManifest() {}

    static ReportBuilder.Inputs of(Path rulesFolder, EvidenceSet evidence) {
        List<Path> rulesFiles = rulesFolderFiles(rulesFolder);
        return new ReportBuilder.Inputs(
                evidence.profile(),
                evidence.records(),
                inputFiles(rulesFolder, rulesFiles, FileDigests.onDemand(rulesFiles)),
                inputFiles(evidence.folder(), evidence.files(), evidence.digests()));
    }

    /** The files that decide results: the DRL and the catalog (rule test cases do not). */
    private static List<Path> rulesFolderFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(
                            p ->
                                    p.toString().endsWith(".drl")
                                            || p.equals(folder.resolve(Catalog.FILE_NAME)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<InputFile> inputFiles(Path folder, List<Path> files, FileDigests digests) {
        return files.stream()
                .map(
                        f ->
                                new InputFile(
                                        folder.relativize(f).toString().replace('\\', '/'),
                                        digests.sha256(f)))
                .sorted(Comparator.comparing(InputFile::path))
                .toList();
    }
}
