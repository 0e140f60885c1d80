package cn.zwgk.audit.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Changes to the files under some folders, in batches: editors save in several steps (a temporary
 * file, a rename, a second write), so a batch ends only once the folders have been quiet for {@link
 * #QUIET}. Editors' own scratch files (dot files, {@code ~} backups, {@code .swp}, Excel's {@code
 * ~$} locks) are not changes.
 */
public final class FolderWatch implements ChangeSource {
    /** How long the folders must stay quiet before a batch of changes is handed on. */
    static final Duration QUIET = Duration.ofMillis(200);

    /** The kinds of file a rules or evidence folder holds; others are editors' scratch files. */
    static final List<String> INPUTS = List.of(".drl", ".json", ".xlsx", ".csv");

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final List<Path> ignored;

    /**
     * @param roots folders to watch, with every folder below them (new ones included)
     * @param ignored paths whose changes are not changes (e.g. the reports being written)
     */
    public FolderWatch(List<Path> roots, List<Path> ignored) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.ignored = ignored.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        for (Path root : roots) {
            register(root);
        }
    }

    @Override
    public Optional<Set<Path>> next() throws InterruptedException {
        try {
            while (true) {
                Set<Path> changed = new TreeSet<>();
                drain(service.take(), changed);
                WatchKey more;
                while ((more = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more, changed);
                }
                if (!changed.isEmpty()) {
                    return Optional.of(changed);
                }
            }
        } catch (ClosedWatchServiceException closed) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignoredOnClose) {
            // Nothing more will be watched either way.
        }
    }

    private void drain(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (event.kind() == OVERFLOW) {
                changed.add(folder);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE
                    && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    // Files written into it before it was watched are changes too.
                    register(path).stream().filter(this::counts).forEach(changed::add);
                } catch (IOException | ClosedWatchServiceException gone) {
                    // Removed again, or the watch is ending.
                }
            }
            if (counts(path)) {
                changed.add(path);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private boolean counts(Path path) {
        String name = path.getFileName().toString();
        Path absolute = path.toAbsolutePath().normalize();
        return ignored.stream().noneMatch(absolute::startsWith)
                && !name.startsWith(".")
                && !name.startsWith("~")
                && INPUTS.stream().anyMatch(name.toLowerCase(Locale.ROOT)::endsWith);
    }

    /** Watches a folder and every folder below it; returns the files found in them. */
    private List<Path> register(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> found = walk.toList();
            for (Path folder : found) {
                if (Files.isDirectory(folder)
                        && ignored.stream()
                                .noneMatch(folder.toAbsolutePath().normalize()::startsWith)) {
                    folders.put(
                            folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE),
                            folder);
                }
            }
            return found.stream().filter(Files::isRegularFile).toList();
        }
    }
}
