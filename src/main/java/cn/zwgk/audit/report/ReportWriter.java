package cn.zwgk.audit.report;

import cn.zwgk.audit.digest.AtomicMove;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the chosen formats so that a reader never sees a partial report: every format is rendered
 * in memory first, then each file is written beside its final name and renamed over it.
 */
public final class ReportWriter {
    private ReportWriter() {}

    /** Renders and writes; returns the files written, in format order. */
    public static List<Path> write(AuditReport report, List<Renderer> renderers, Path outFolder)
            throws IOException {
        // Formats are rendered side by side: on a short run, loading and warming each format's
        // library (POI above all) is much of the time, and it spreads over the cores.
        List<byte[]> contents;
        try {
            contents =
                    renderers.parallelStream()
                            .map(
                                    renderer -> {
                                        try {
                                            return renderer.render(report);
                                        } catch (IOException e) {
                                            throw new UncheckedIOException(e);
                                        }
                                    })
                            .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<Path, byte[]> rendered = new LinkedHashMap<>();
        for (int i = 0; i < renderers.size(); i++) {
            rendered.put(outFolder.resolve(renderers.get(i).fileName()), contents.get(i));
        }
        Files.createDirectories(outFolder);
        return writeAll(rendered);
    }

    /** Writes a batch's roll-up in every format into {@code outFolder}; returns the files. */
    public static List<Path> writeRollup(Rollup rollup, Path outFolder) throws IOException {
        Map<Path, byte[]> rendered = new LinkedHashMap<>();
        for (RollupRenderer renderer : Renderers.rollup()) {
            rendered.put(outFolder.resolve(renderer.fileName()), renderer.render(rollup));
        }
        return writeAll(rendered);
    }

    /**
     * Writes files already made in memory, each atomically, creating their folders; returns them in
     * order.
     */
    public static List<Path> writeAll(Map<Path, byte[]> files) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, byte[]> e : files.entrySet()) {
            Path parent = e.getKey().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            writeAtomically(e.getKey(), e.getValue());
            written.add(e.getKey());
        }
        return written;
    }

    static void writeAtomically(Path target, byte[] content) throws IOException {
        // Not Files.createTempFile: that makes the file owner-only (0600), and the rename would
        // carry
        // those permissions to a report meant to be shared. A new file gets the usual umask
        // instead.
        Path temp =
                target.resolveSibling(
                        "." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            AtomicMove.replace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
