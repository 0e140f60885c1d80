package cn.zwgk.audit.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file system's changes arrive in batches of the files that matter: an editor's several writes
 * are one batch, its scratch files are none, and closing ends the watch.
 */
class FolderWatchTest {
    @TempDir Path folder;

    @Test
    void severalWritesAreOneBatchOfTheInputFilesOnly() throws Exception {
        Path tests = Files.createDirectories(folder.resolve("tests"));
        try (FolderWatch watch = new FolderWatch(List.of(folder), List.of())) {
            Files.writeString(folder.resolve(".t14.drl.swp"), "x");
            Files.writeString(folder.resolve("sedAbc123"), "x");
            Files.writeString(folder.resolve("t14.drl"), "a");
            Files.writeString(folder.resolve("t14.drl"), "b");
            Files.writeString(tests.resolve("t14.json"), "{}");

            Optional<Set<Path>> batch =
                    assertTimeoutPreemptively(Events.PATIENCE, () -> watch.next());
            assertThat(batch)
                    .hasValueSatisfying(
                            files ->
                                    assertThat(files)
                                            .containsExactlyInAnyOrder(
                                                    folder.resolve("t14.drl"),
                                                    tests.resolve("t14.json")));
        }
    }

    @Test
    void aFolderMadeWhileWatchingIsWatchedAndIgnoredPathsAreNot() throws Exception {
        Path out = Files.createDirectories(folder.resolve("out"));
        try (FolderWatch watch = new FolderWatch(List.of(folder), List.of(out))) {
            Path made = Files.createDirectories(folder.resolve("made"));
            Files.writeString(out.resolve("report.json"), "{}");
            Files.writeString(made.resolve("evidence.json"), "{}");

            assertThat(assertTimeoutPreemptively(Events.PATIENCE, () -> watch.next()))
                    .hasValue(Set.of(made.resolve("evidence.json")));
        }
    }

    @Test
    void closingEndsTheWatch() throws Exception {
        FolderWatch watch = new FolderWatch(List.of(folder), List.of());
        new Thread(watch::close).start();
        assertThat(assertTimeoutPreemptively(Events.PATIENCE, () -> watch.next())).isEmpty();
    }
}
