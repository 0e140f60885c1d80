package cn.zwgk.audit.engine;

import cn.zwgk.audit.digest.Sha256;
import cn.zwgk.audit.json.JsonFiles;
import cn.zwgk.audit.problem.Problem;
import cn.zwgk.audit.problem.RuleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Rule files compiled one by one and kept by content: in this process, then on disk ({@link
 * RuleBaseCache}), and compiled only when neither has them. Editing one file therefore costs
 * compiling that file alone.
 */
final class RuleFiles {
    /** Compiled files kept in this process; a few versions of a few dozen files. */
    private static final int KEPT_IN_PROCESS = 256;

    private static final Map<String, CompiledRuleFile> IN_PROCESS =
            new LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, CompiledRuleFile> eldest) {
                    return size() > KEPT_IN_PROCESS;
                }
            };

    private final Optional<RuleBaseCache> disk;

    /** Digests of the files this instance compiled (for a summary or in full). */
    private final Set<String> compiledHere = ConcurrentHashMap.newKeySet();

    RuleFiles(Optional<RuleBaseCache> disk) {
        this.disk = disk;
    }

    /** A rule file read once: what is hashed is what is compiled. */
    record Source(Path file, byte[] content, String digest) {
        static Source read(Path file) throws RuleException {
            try {
                byte[] content = Files.readAllBytes(file);
                // Checked before anything parses it: a GBK file would otherwise fail somewhere
                // later, at 0:0, with the decoder's "Input length = 1".
                JsonFiles.readText(file);
                MessageDigest digest = Sha256.digest();
                digest.update(content);
                return new Source(file, content, Sha256.hex(digest));
            } catch (JsonFiles.NotUtf8Exception e) {
                throw new RuleException(
                        List.of(
                                Problem.inText(
                                        file,
                                        e.line(),
                                        e.column(),
                                        "规则文件不是 UTF-8 编码（此处的字节无法按 UTF-8 读取，可能是 GBK）：请在编辑器中另存为"
                                                + " UTF-8")));
            } catch (IOException e) {
                throw new RuleException(
                        List.of(
                                Problem.inText(
                                        file,
                                        0,
                                        0,
                                        "无法读取规则文件："
                                                + (e instanceof java.nio.file.AccessDeniedException
                                                        ? "没有读取权限"
                                                        : e
                                                                        instanceof
                                                                        java.nio.file
                                                                                .NoSuchFileException
                                                                ? "文件不存在"
                                                                : "读取出错"))));
            }
        }
    }

    /** The file's package and rules: from memory, the disk's entry header, or by compiling. */
    CompiledRuleFile.Summary summary(Source source) throws RuleException {
        CompiledRuleFile kept = inProcess(source.digest());
        if (kept != null) {
            return kept.summary();
        }
        Optional<CompiledRuleFile.Summary> stored =
                disk.flatMap(d -> d.readSummary(source.digest()));
        return stored.isPresent() ? stored.get() : load(source).compiled().summary();
    }

    /** The file compiled: from memory, from disk, or compiled now and kept in both. */
    Loaded load(Source source) throws RuleException {
        CompiledRuleFile kept = inProcess(source.digest());
        if (kept != null) {
            // Another cache folder (a test's, a user's ZWGK_CACHE) may not have it yet.
            disk.filter(d -> !d.contains(source.digest())).ifPresent(d -> d.write(kept));
            return new Loaded(source, kept, compiledHere.contains(source.digest()));
        }
        Optional<CompiledRuleFile> stored = disk.flatMap(d -> d.read(source.digest()));
        return stored.isPresent()
                ? new Loaded(source, keep(stored.get()), false)
                : new Loaded(source, keep(compileNow(source)), true);
    }

    /** Compiles the file even if kept: for an entry whose packages turned out unreadable. */
    CompiledRuleFile recompiled(Source source) throws RuleException {
        return keep(compileNow(source));
    }

    /**
     * A source and what it compiled to.
     *
     * @param compiledNow whether it was compiled for this load, found neither in this process nor
     *     on disk
     */
    record Loaded(Source source, CompiledRuleFile compiled, boolean compiledNow) {}

    /** Forgets what this process compiled, as a new process would start: for tests of the disk. */
    static void forgetInProcess() {
        synchronized (IN_PROCESS) {
            IN_PROCESS.clear();
        }
    }

    /**
     * Every source compiled, in order; the ones that need compiling are compiled side by side (a
     * cold start compiles every file, seconds each). Problems of all files are added to {@code
     * problems}, and their files get no entry.
     */
    List<Loaded> compiled(List<Source> sources, List<Problem> problems) {
        List<Source> toCompile =
                sources.stream()
                        .filter(s -> inProcess(s.digest()) == null)
                        .filter(s -> disk.map(d -> !d.contains(s.digest())).orElse(true))
                        .toList();
        Map<Source, Future<Loaded>> compiling = new HashMap<>();
        int threads = Math.min(toCompile.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool =
                threads > 1
                        ? Executors.newFixedThreadPool(
                                threads,
                                r -> {
                                    Thread t = new Thread(r, "zwgk-compile");
                                    t.setDaemon(true);
                                    return t;
                                })
                        : null;
        try {
            if (pool != null) {
                for (Source s : toCompile) {
                    compiling.put(s, pool.submit(() -> load(s)));
                }
            }
            List<Loaded> files = new ArrayList<>();
            for (Source s : sources) {
                try {
                    Future<Loaded> future = compiling.get(s);
                    files.add(future == null ? load(s) : future.get());
                } catch (RuleException e) {
                    problems.addAll(e.problems());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuleException r) {
                        problems.addAll(r.problems());
                    } else {
                        throw new IllegalStateException("编译 " + s.file() + " 时出错", e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("编译规则时被中断", e);
                }
            }
            return files;
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private CompiledRuleFile compileNow(Source source) throws RuleException {
        CompiledRuleFile compiled =
                RuleFileCompiler.compile(source.file(), source.content(), source.digest());
        compiledHere.add(source.digest());
        disk.ifPresent(d -> d.write(compiled));
        return compiled;
    }

    private static CompiledRuleFile inProcess(String digest) {
        synchronized (IN_PROCESS) {
            return IN_PROCESS.get(digest);
        }
    }

    private static CompiledRuleFile keep(CompiledRuleFile compiled) {
        synchronized (IN_PROCESS) {
            IN_PROCESS.put(compiled.digest(), compiled);
        }
        return compiled;
    }
}
