package cn.zwgk.audit.evidence;

import static cn.zwgk.audit.cli.Run.zwgk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import cn.zwgk.audit.cli.Run;
import cn.zwgk.audit.problem.EvidenceException;
import cn.zwgk.audit.problem.Problem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entry of the evidence folder that cannot be opened is a located problem in Chinese, never
 * passed over as if it were not there; the folder itself unreadable is one problem, exit 3. The
 * build runs as root, for whom {@code chmod 000} denies nothing, so each case is tested twice: for
 * real when the tests do not run as root, and through {@link FolderWalk.Walker} failing the entry
 * as the file system fails it for other users.
 */
class UnreadableEntriesTest {
    /** Said when the test is skipped: the user running it reads anything (root, as in CI). */
    private static final String NOT_AS_ROOT =
            "chmod 000 拒绝不了运行测试的用户（root）：此项由经 FolderWalk.Walker 的用例覆盖";

    @TempDir Path dir;
    private Path folder;

    @BeforeEach
    void aValidFolderWithALockedSubfolder() throws IOException {
        folder = Files.createDirectories(dir.resolve("evidence"));
        Files.copy(Path.of("rules/tests/profile.json"), folder.resolve("profile.json"));
        Files.writeString(
                folder.resolve("pushes.json"),
                """
                {"schema": "zwgk-evidence/1", "kind": "service-push", "records": [
                  {"id": "SP-1", "unit": "办公室", "category": "办事指南", "date": "2020-02-19",
                   "recipients": 120}
                ]}
                """);
        Path locked = Files.createDirectories(folder.resolve("科室上报"));
        Files.writeString(
                locked.resolve("pushes-2.json"),
                Files.readString(folder.resolve("pushes.json")).replace("SP-1", "SP-2"));
    }

    @AfterEach
    void unlock() throws IOException {
        // So that JUnit can delete the folder afterwards.
        for (Path p : List.of(folder, folder.resolve("科室上报"))) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aSubfolderWithoutReadPermissionIsAProblemAndNoReport() throws IOException {
        Files.setPosixFilePermissions(
                folder.resolve("科室上报"), PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(folder.resolve("科室上报")), NOT_AS_ROOT);

        Run audit = audit(folder);

        assertThat(audit.exit()).isEqualTo(3);
        assertThat(audit.err()).contains(folder.resolve("科室上报") + ": 无法读取：没有读取权限");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void theEvidenceFolderWithoutReadPermissionIsOneProblemAndExitThree() throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(folder), NOT_AS_ROOT);

        Run audit = audit(folder);

        assertThat(audit.exit()).isEqualTo(3);
        assertThat(audit.err()).contains(folder + ": 无法读取证据目录：没有读取权限").doesNotContain("缺少审计配置文件");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anEntryTheWalkCannotOpenIsReportedAndRefusesTheFolder() {
        Path locked = folder.resolve("科室上报");
        EvidenceLoader loader = new EvidenceLoader(denying(locked));

        EvidenceException e =
                catchThrowableOfType(EvidenceException.class, () -> loader.load(folder));
        EvidenceLoader.Reading reading = loader.read(folder);

        assertThat(e).as("the folder is refused, not audited without the entry").isNotNull();
        assertThat(e.problems()).containsExactly(Problem.inFile(locked, "无法读取：没有读取权限"));
        assertThat(reading.evidence().files())
                .as("what could be read is still listed")
                .contains(folder.resolve("pushes.json"));
        assertThat(reading.evidence().files()).noneMatch(f -> f.startsWith(locked));
    }

    @Test
    void theFolderItselfFailingIsOneProblemNamingIt() {
        EvidenceLoader loader = new EvidenceLoader(denying(folder));

        EvidenceException e =
                catchThrowableOfType(EvidenceException.class, () -> loader.load(folder));

        assertThat(e.problems()).containsExactly(Problem.inFile(folder, "无法读取证据目录：没有读取权限"));
    }

    /**
     * A walk in which {@code denied} cannot be opened: what {@link Files#walkFileTree} does for a
     * folder the user may not read (it calls {@code visitFileFailed} with the exception).
     */
    private static FolderWalk.Walker denying(Path denied) {
        return (start, visitor) ->
                Files.walkFileTree(
                        start,
                        new FileVisitor<Path>() {
                            @Override
                            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a)
                                    throws IOException {
                                if (d.normalize().equals(denied.normalize())) {
                                    visitor.visitFileFailed(
                                            d, new AccessDeniedException(d.toString()));
                                    return FileVisitResult.SKIP_SUBTREE;
                                }
                                return visitor.preVisitDirectory(d, a);
                            }

                            @Override
                            public FileVisitResult visitFile(Path f, BasicFileAttributes a)
                                    throws IOException {
                                return visitor.visitFile(f, a);
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path f, IOException e)
                                    throws IOException {
                                return visitor.visitFileFailed(f, e);
                            }

                            @Override
                            public FileVisitResult postVisitDirectory(Path d, IOException e)
                                    throws IOException {
                                return visitor.postVisitDirectory(d, e);
                            }
                        });
    }

    private Run audit(Path evidence) {
        return zwgk("audit", evidence.toString(), "--out", dir.resolve("out").toString());
    }
}
