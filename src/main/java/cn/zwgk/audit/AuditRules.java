package cn.zwgk.audit;

import cn.zwgk.audit.build.Version;
import cn.zwgk.audit.catalog.Catalog;
import cn.zwgk.audit.catalog.CatalogTask;
import cn.zwgk.audit.digest.Sha256;
import cn.zwgk.audit.engine.RuleBase;
import cn.zwgk.audit.engine.RuleBaseCache;
import cn.zwgk.audit.problem.CatalogException;
import cn.zwgk.audit.problem.RuleException;
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
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rules folder compiled once: the task catalog and the rule base built from its DRL. One of
 * these serves any number of audits. Loading the same folder again in one process, unchanged,
 * returns the same instance.
 *
 * @param folder the rules folder
 * @param catalog the task table, {@value Catalog#FILE_NAME}
 * @param ruleBase the compiled DRL
 */
public record AuditRules(Path folder, Catalog catalog, RuleBase ruleBase) {
    /**
     * Rules loaded in this process, by folder, content fingerprint and the tasks asked for:
     * assembling a Drools rule base takes about a second, and a process that audits repeatedly
     * (tests, batch runs, watching) should pay that once per version. Any edit changes the
     * fingerprint, so stale rules are never used.
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

    /**
     * Only the rule files that decide one of {@code tasks}, with the whole catalog: enough to run
     * those tasks' rule cases, and the other files are neither compiled nor read back.
     */
    public static AuditRules loadFor(Path folder, Set<Integer> tasks)
            throws CatalogException, RuleException {
        return load(folder, RuleBaseCache.standard(Version.TOOL), Set.copyOf(tasks));
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
     * Starts {@link #load(Path)} on another thread, the Drools rule base assembled too, so that a
     * run reads its evidence while the rule files are read back (or an edited one compiled).
     */
    public static Pending loadInBackground(Path folder) {
        return loadInBackground(folder, null);
    }

    /** Starts {@link #loadFor} on another thread, the Drools rule base assembled too. */
    public static Pending loadForInBackground(Path folder, Set<Integer> tasks) {
        return inBackground(
                () -> load(folder, RuleBaseCache.standard(Version.TOOL), Set.copyOf(tasks), null));
    }

    /**
     * As {@link #loadInBackground(Path)}, for a resident run: when the folder changed since {@code
     * earlier} was loaded from it, the new rules take over its assembled rule base, changing only
     * the edited files' part of it.
     *
     * @param earlier the rules the last run used; null for none
     */
    public static Pending loadInBackground(Path folder, AuditRules earlier) {
        return inBackground(
                () -> load(folder, RuleBaseCache.standard(Version.TOOL), null, earlier));
    }

    /** Rules that throw what loading throws. */
    private interface Loading {
        AuditRules load() throws CatalogException, RuleException;
    }

    private static Pending inBackground(Loading loading) {
        return new Pending(
                CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                AuditRules rules = loading.load();
                                rules.ruleBase().kieBase();
                                return rules;
                            } catch (CatalogException | RuleException e) {
                                throw new CompletionException(e);
                            }
                        }));
    }

    /** As {@link #load(Path)}, with the given disk cache, or none. */
    public static AuditRules load(Path folder, Optional<RuleBaseCache> diskCache)
            throws CatalogException, RuleException {
        return load(folder, diskCache, null);
    }

    /** As {@link #loadFor}, with the given disk cache, or none. */
    public static AuditRules loadFor(
            Path folder, Set<Integer> tasks, Optional<RuleBaseCache> diskCache)
            throws CatalogException, RuleException {
        return load(folder, diskCache, Set.copyOf(tasks));
    }

    private static AuditRules load(
            Path folder, Optional<RuleBaseCache> diskCache, Set<Integer> tasks)
            throws CatalogException, RuleException {
        return load(folder, diskCache, tasks, null);
    }

    /**
     * @param earlier rules loaded before from the same folder, whose assembled rule base these take
     *     over (see {@link RuleBase#succeeding}); null for none
     */
    private static AuditRules load(
            Path folder, Optional<RuleBaseCache> diskCache, Set<Integer> tasks, AuditRules earlier)
            throws CatalogException, RuleException {
        String fingerprint = fingerprint(folder);
        String key =
                folder.toAbsolutePath().normalize()
                        + "#"
                        + fingerprint
                        + "#"
                        + (tasks == null ? "all" : new TreeSet<>(tasks));
        synchronized (COMPILED) {
            AuditRules cached = COMPILED.get(key);
            if (cached != null && (earlier == null || cached == earlier)) {
                return cached;
            }
        }
        Catalog catalog = Catalog.load(folder.resolve(Catalog.FILE_NAME));
        RuleBase ruleBase = RuleBase.load(folder, catalog, diskCache, tasks);
        if (earlier != null) {
            ruleBase.succeeding(earlier.ruleBase());
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
     * SHA-256 over the name and content of the catalog and every rule file under the folder (the
     * rule cases beside them do not change the rules); "" when it cannot be read.
     */
    private static String fingerprint(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            MessageDigest digest = Sha256.digest();
            for (Path file :
                    walk.filter(Files::isRegularFile)
                            .filter(
                                    f ->
                                            f.toString().endsWith(".drl")
                                                    || f.equals(folder.resolve(Catalog.FILE_NAME)))
                            .sorted()
                            .toList()) {
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
