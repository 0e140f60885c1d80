package cn.zwgk.audit.engine;

import cn.zwgk.audit.digest.AtomicMove;
import cn.zwgk.audit.digest.Sha256;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Compiled rule files kept on disk, one entry per file, so a new process compiles only the files
 * that changed (a second or more each) and reads the others back (milliseconds). An entry is named
 * by the SHA-256 of the file's content and the build that compiled it (tool, Drools, the classes
 * the rules bind to), so an edited file or a rebuilt tool reaches a different entry: a stale file
 * is never found. An entry that cannot be read for any reason is ignored and the file compiled
 * again.
 */
public final class RuleBaseCache {
    /** First thing in every entry: a file that does not start with it is not ours. */
    private static final String FORMAT = "zwgk-rulefile/1";

    private static final String SUFFIX = ".rulefile";

    /** Entries of the earlier format, one per whole rules folder; removed when pruning. */
    private static final String FOLDER_ENTRY_SUFFIX = ".kbase";

    /** The value of {@code zwgk.cache} / {@code ZWGK_CACHE} that turns the cache off. */
    public static final String OFF = "off";

    /**
     * Entries kept; older ones are removed when a new one is written. Each is 30–150 KB, and a
     * rules folder has a few dozen files, so this keeps several versions of each.
     */
    static final int KEPT_ENTRIES = 400;

    /** Computed once per process: walking a classes folder is not free. */
    private static final String CLASSES = classesStamp();

    private final Path folder;
    private final String build;

    /**
     * @param folder where entries live; created when first written
     * @param build what else an entry depends on besides the file: tool and library versions
     */
    public RuleBaseCache(Path folder, String build) {
        this.folder = folder;
        this.build =
                build
                        + " drools "
                        + org.drools.core.impl.KnowledgeBaseImpl.class
                                .getPackage()
                                .getImplementationVersion()
                        + " classes "
                        + CLASSES;
    }

    /**
     * The cache this process uses: the folder named by the system property {@code zwgk.cache} or
     * else the environment variable {@code ZWGK_CACHE}, else {@code $XDG_CACHE_HOME/zwgk-audit} or
     * {@code ~/.cache/zwgk-audit}; none when either names {@value #OFF}.
     */
    public static Optional<RuleBaseCache> standard(String build) {
        String named = System.getProperty("zwgk.cache", System.getenv("ZWGK_CACHE"));
        if (named != null && !named.isBlank()) {
            return named.equals(OFF)
                    ? Optional.empty()
                    : Optional.of(new RuleBaseCache(Path.of(named), build));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base =
                xdg != null && !xdg.isBlank()
                        ? Path.of(xdg)
                        : Path.of(System.getProperty("user.home"), ".cache");
        return Optional.of(new RuleBaseCache(base.resolve("zwgk-audit"), build));
    }

    /** The entry for a file with this content digest. */
    Path entry(String digest) {
        return folder.resolve(Sha256.of(FORMAT + "\n" + digest + "\n" + build) + SUFFIX);
    }

    boolean contains(String digest) {
        return Files.isRegularFile(entry(digest));
    }

    /**
     * The file compiled earlier from this content; empty when there is none or it is unreadable.
     */
    Optional<CompiledRuleFile> read(String digest) {
        return read(digest, true);
    }

    /**
     * The package and rules of a file compiled earlier, without reading its packages: enough to
     * know which tasks it decides.
     */
    Optional<CompiledRuleFile.Summary> readSummary(String digest) {
        return read(digest, false).map(CompiledRuleFile::summary);
    }

    private Optional<CompiledRuleFile> read(String digest, boolean whole) {
        Path entry = entry(digest);
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try (DataInputStream in =
                new DataInputStream(new BufferedInputStream(Files.newInputStream(entry)))) {
            if (!FORMAT.equals(in.readUTF())
                    || !entry.getFileName().toString().equals(in.readUTF())
                    || !digest.equals(in.readUTF())) {
                return Optional.empty();
            }
            String packageName = in.readUTF();
            int count = in.readInt();
            List<CompiledRuleFile.Rule> rules = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                rules.add(
                        new CompiledRuleFile.Rule(
                                in.readUTF(), in.readInt(), in.readInt(), in.readInt()));
            }
            Map<String, byte[]> types = new LinkedHashMap<>();
            byte[] packages = new byte[0];
            if (whole) {
                int typeCount = in.readInt();
                for (int i = 0; i < typeCount; i++) {
                    String name = in.readUTF();
                    types.put(name, bytes(in));
                }
                packages = bytes(in);
            }
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
            return Optional.of(
                    new CompiledRuleFile(digest, packageName, List.copyOf(rules), types, packages));
        } catch (IOException | RuntimeException unreadable) {
            // Truncated, corrupt, or written by an incompatible build: compiling again is always
            // correct.
            return Optional.empty();
        }
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        byte[] bytes = length < 0 ? null : in.readNBytes(length);
        if (bytes == null || bytes.length != length) {
            throw new IOException("truncated entry");
        }
        return bytes;
    }

    /**
     * Stores a compiled file. Written to a temporary file and moved into place, so a reader never
     * sees half an entry; a cache that cannot be written is skipped.
     */
    void write(CompiledRuleFile compiled) {
        Path entry = entry(compiled.digest());
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "entry-", ".tmp");
            try (DataOutputStream out =
                    new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
                out.writeUTF(FORMAT);
                out.writeUTF(entry.getFileName().toString());
                out.writeUTF(compiled.digest());
                out.writeUTF(compiled.packageName());
                out.writeInt(compiled.rules().size());
                for (CompiledRuleFile.Rule rule : compiled.rules()) {
                    out.writeUTF(rule.name());
                    out.writeInt(rule.task());
                    out.writeInt(rule.line());
                    out.writeInt(rule.column());
                }
                out.writeInt(compiled.types().size());
                for (Map.Entry<String, byte[]> type : compiled.types().entrySet()) {
                    out.writeUTF(type.getKey());
                    out.writeInt(type.getValue().length);
                    out.write(type.getValue());
                }
                out.writeInt(compiled.packages().length);
                out.write(compiled.packages());
            }
            AtomicMove.replace(temp, entry);
            temp = null;
            prune();
        } catch (IOException | RuntimeException e) {
            // The cache only saves time; an audit never fails because of it.
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Left behind in the cache folder; harmless.
                }
            }
        }
    }

    private void prune() throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> newestFirst = new ArrayList<>();
            for (Path p : entries.toList()) {
                if (p.toString().endsWith(FOLDER_ENTRY_SUFFIX)) {
                    Files.deleteIfExists(p);
                } else if (p.toString().endsWith(SUFFIX)) {
                    newestFirst.add(p);
                }
            }
            newestFirst.sort(Comparator.comparing(RuleBaseCache::modified).reversed());
            for (Path old :
                    newestFirst.subList(
                            Math.min(KEPT_ENTRIES, newestFirst.size()), newestFirst.size())) {
                Files.deleteIfExists(old);
            }
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * The compiled rules bind to this tool's classes (facts, verdict helpers); a rebuilt tool may
     * have changed them without changing its version. Size and time of the jar, or of the newest
     * class when run from a classes folder, tell one build from another.
     */
    private static String classesStamp() {
        try {
            Path code =
                    Path.of(
                            RuleBase.class
                                    .getProtectionDomain()
                                    .getCodeSource()
                                    .getLocation()
                                    .toURI());
            if (Files.isRegularFile(code)) {
                return Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis();
            }
            try (Stream<Path> classes = Files.walk(code)) {
                return classes.filter(Files::isRegularFile)
                        .map(RuleBaseCache::modified)
                        .max(Comparator.naturalOrder())
                        .map(t -> String.valueOf(t.toMillis()))
                        .orElse("");
            }
        } catch (Exception unknown) {
            // No stamp: a unique one makes every entry of this process its own, never a stale one.
            return "unknown-" + System.nanoTime();
        }
    }
}
