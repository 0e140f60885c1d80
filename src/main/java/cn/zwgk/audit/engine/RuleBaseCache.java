package cn.zwgk.audit.engine;

import cn.zwgk.audit.digest.Sha256;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

/**
 * Compiled rule bases kept on disk, so a new process skips compiling DRL (seconds) and only
 * deserialises the packages (a fraction of that). An entry is named by the SHA-256 of the rules'
 * content fingerprint and the build that compiled it (tool, Drools, the classes the rules bind to),
 * so any edit to a rule file, the catalog or the tool reaches a different entry: a stale rule base
 * is never found. An entry that cannot be read for any reason is ignored and rebuilt.
 */
public final class RuleBaseCache {
    /** First thing in every entry: a file that does not start with it is not ours. */
    private static final String FORMAT = "zwgk-rulebase/1";

    private static final String SUFFIX = ".kbase";

    /** The value of {@code zwgk.cache} / {@code ZWGK_CACHE} that turns the cache off. */
    public static final String OFF = "off";

    /** Entries kept; older ones are removed when a new one is written (each is about 1.5 MB). */
    static final int KEPT_ENTRIES = 16;

    /** Computed once per process: walking a classes folder is not free. */
    private static final String CLASSES = classesStamp();

    private final Path folder;
    private final String build;

    /**
     * @param folder where entries live; created when first written
     * @param build what else an entry depends on besides the rules: tool and library versions
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

    /** The entry for rules with this content fingerprint. */
    Path entry(String rulesFingerprint) {
        return folder.resolve(Sha256.of(rulesFingerprint + "\n" + build) + SUFFIX);
    }

    /**
     * The rule base compiled earlier from rules with this fingerprint, its rule files resolved
     * against {@code rulesFolder}; empty when there is none or it cannot be read.
     */
    public Optional<RuleBase> read(String rulesFingerprint, Path rulesFolder) {
        Path entry = entry(rulesFingerprint);
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try (InputStream file = new BufferedInputStream(Files.newInputStream(entry));
                ObjectInputStream in =
                        new DroolsObjectInputStream(file, RuleBase.class.getClassLoader())) {
            if (!FORMAT.equals(in.readUTF())
                    || !entry.getFileName().toString().equals(in.readUTF())) {
                return Optional.empty();
            }
            int count = in.readInt();
            List<RuleBase.RuleInfo> rules = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                int task = in.readInt();
                String relative = in.readUTF();
                rules.add(
                        new RuleBase.RuleInfo(
                                name,
                                task,
                                relative.isEmpty() ? null : rulesFolder.resolve(relative)));
            }
            @SuppressWarnings("unchecked")
            Collection<KiePackage> packages = (Collection<KiePackage>) in.readObject();
            RuleBase base = RuleBase.of(packages, rules);
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
            return Optional.of(base);
        } catch (Exception | LinkageError unreadable) {
            // Truncated, corrupt, or written by an incompatible build: compiling again is always
            // correct.
            return Optional.empty();
        }
    }

    /**
     * Stores a rule base compiled from {@code rulesFolder}. Written to a temporary file and moved
     * into place, so a reader never sees half an entry; a cache that cannot be written is skipped.
     */
    public void write(String rulesFingerprint, Path rulesFolder, RuleBase base) {
        Path entry = entry(rulesFingerprint);
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "entry-", ".tmp");
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp));
                    ObjectOutputStream out = new DroolsObjectOutputStream(file)) {
                out.writeUTF(FORMAT);
                out.writeUTF(entry.getFileName().toString());
                out.writeInt(base.rules().size());
                for (RuleBase.RuleInfo rule : base.rules()) {
                    out.writeUTF(rule.name());
                    out.writeInt(rule.task());
                    out.writeUTF(
                            rule.file() == null
                                    ? ""
                                    : rulesFolder.relativize(rule.file()).toString());
                }
                out.writeObject(new ArrayList<>(base.kieBase().getKiePackages()));
            }
            try {
                Files.move(
                        temp,
                        entry,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
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
            List<Path> newestFirst =
                    entries.filter(p -> p.toString().endsWith(SUFFIX))
                            .sorted(Comparator.comparing(RuleBaseCache::modified).reversed())
                            .toList();
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
