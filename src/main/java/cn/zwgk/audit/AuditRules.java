package cn.zwgk.audit;

import cn.zwgk.audit.catalog.Catalog;
import cn.zwgk.audit.catalog.CatalogException;
import cn.zwgk.audit.catalog.CatalogTask;
import cn.zwgk.audit.digest.Sha256;
import cn.zwgk.audit.engine.RuleBase;
import cn.zwgk.audit.engine.RuleBaseCache;
import cn.zwgk.audit.engine.RuleException;
import cn.zwgk.audit.report.Version;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rules folder compiled once: the task catalog and the rule base built from its DRL. One of
 * these serves any number of audits.
 *
 * @param folder the rules folder
 * @param catalog the task table, {@value Catalog#FILE_NAME}
 * @param ruleBase the compiled DRL
 */
public record AuditRules(Path folder, Catalog catalog, RuleBase ruleBase) {
    /**
     * Rule bases compiled in this process, by folder and content fingerprint: building one takes
     * seconds, and a process that audits repeatedly (tests, batch runs) should pay that once. Any
     * edit changes the fingerprint, so a stale rule base is never used.
     */
    private static final Map<String, AuditRules> COMPILED =
            new LinkedHashMap<>(8, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, AuditRules> eldest) {
                    return size() > 4;
                }
            };

    /** Catalog tasks that no rule decides: they can only ever be PENDING or NO_EVIDENCE. */
    public List<CatalogTask> tasksWithoutRules() {
        Set<Integer> ruled =
                ruleBase.rules().stream().map(RuleBase.RuleInfo::task).collect(Collectors.toSet());
        return catalog.tasks().stream().filter(t -> !ruled.contains(t.number())).toList();
    }

    /** The rules of {@code folder}, from this process's or the disk cache when compiled before. */
    public static AuditRules load(Path folder) throws CatalogException, RuleException {
        return load(folder, RuleBaseCache.standard(Version.TOOL));
    }

    /** Rules being loaded on another thread; see {@link #loadInBackground}. */
    public static final class Pending {
        private final CompletableFuture<AuditRules> loading;

        private Pending(CompletableFuture<AuditRules> loading) {
            this.loading = loading;
        }

        /** Waits for the rules, or for the problems that stopped them loading. */
        public AuditRules get() throws CatalogException, RuleException {
            try {
                return loading.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof CatalogException c) {
                    throw c;
                }
                if (e.getCause() instanceof RuleException r) {
                    throw r;
                }
                throw e;
            }
        }
    }

    /**
     * Starts {@link #load(Path)} on another thread, so that a cold run reads its evidence while the
     * rule base is read from the cache (each takes about half a second on the sample data).
     */
    public static Pending loadInBackground(Path folder) {
        return new Pending(
                CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return load(folder);
                            } catch (CatalogException | RuleException e) {
                                throw new CompletionException(e);
                            }
                        }));
    }

    /** As {@link #load(Path)}, with the given disk cache, or none. */
    public static AuditRules load(Path folder, Optional<RuleBaseCache> diskCache)
            throws CatalogException, RuleException {
        String fingerprint = fingerprint(folder);
        String key = folder.toAbsolutePath().normalize() + "#" + fingerprint;
        synchronized (COMPILED) {
            AuditRules cached = COMPILED.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Catalog catalog = Catalog.load(folder.resolve(Catalog.FILE_NAME));
        Optional<RuleBaseCache> disk = fingerprint.isEmpty() ? Optional.empty() : diskCache;
        Optional<RuleBase> stored = disk.flatMap(cache -> cache.read(fingerprint, folder));
        RuleBase ruleBase = stored.isPresent() ? stored.get() : RuleBase.compile(folder, catalog);
        // Stored only if no file changed while compiling, so an entry always matches its key.
        if (stored.isEmpty() && disk.isPresent() && fingerprint.equals(fingerprint(folder))) {
            disk.get().write(fingerprint, folder, ruleBase);
        }
        AuditRules rules = new AuditRules(folder, catalog, ruleBase);
        if (!fingerprint.isEmpty()) {
            synchronized (COMPILED) {
                COMPILED.put(key, rules);
            }
        }
        return rules;
    }

    /**
     * SHA-256 over the name and content of every file under the folder; "" when it cannot be read.
     */
    private static String fingerprint(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            MessageDigest digest = Sha256.digest();
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                Sha256.update(digest, file);
            }
            return Sha256.hex(digest);
        } catch (IOException e) {
            // Unreadable folders are reported by the loaders; an empty key simply avoids the cache.
            return "";
        }
    }
}
