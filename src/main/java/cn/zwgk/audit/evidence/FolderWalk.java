package cn.zwgk.audit.evidence;

import cn.zwgk.audit.ledger.LedgerFiles;
import cn.zwgk.audit.problem.EvidenceException;
import cn.zwgk.audit.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the files of an evidence folder that may be read: those inside it, in name order, with a
 * problem for each that may not (outside the folder, or of an unsupported type).
 */
final class FolderWalk {
    private FolderWalk() {}

    /** Excel keeps {@code ~$name.xlsx} beside a workbook while it is open: a lock, not evidence. */
    private static final String EXCEL_LOCK_PREFIX = "~$";

    static final String UNSUPPORTED = "不支持的文件类型：证据文件应为 .json、.xlsx 或 .csv";

    /**
     * How the tree is walked: {@link Files#walkFileTree}, or in a test one that fails an entry the
     * way a folder without read permission fails for a user other than root (root reads anything,
     * and the build runs as root).
     */
    @FunctionalInterface
    interface Walker {
        Walker FILES = Files::walkFileTree;

        Path walk(Path start, FileVisitor<? super Path> visitor) throws IOException;
    }

    /**
     * The files below {@code folder}, Excel's lock files left out; a file of an unsupported type is
     * listed (it is part of the manifest) and reported. Nothing else is left out without a word: a
     * link that leads nowhere, loops, leaves the folder or names a folder, a device, pipe or
     * socket, and an entry that cannot be read are each a problem. A folder given as a symbolic
     * link is read as the folder it names, under the name given.
     *
     * @throws EvidenceException when the folder itself cannot be read
     */
    static List<Path> files(Path folder, List<Problem> problems, Walker walker)
            throws EvidenceException {
        // "link/." opens the folder a link names; the paths found are then put back under the name
        // the user gave, so every problem names a path they recognise.
        Path start = folder.resolve(".");
        List<Path> files = new ArrayList<>();
        try {
            Path realFolder = folder.toRealPath();
            walker.walk(
                    start,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path found, BasicFileAttributes attrs) {
                            Path file = folder.resolve(start.relativize(found)).normalize();
                            String problem = entryProblem(file, attrs, realFolder);
                            if (problem != null) {
                                problems.add(Problem.inFile(file, problem));
                                return FileVisitResult.CONTINUE;
                            }
                            String name = file.getFileName().toString();
                            if (name.startsWith(EXCEL_LOCK_PREFIX)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (!name.endsWith(".json")
                                    && !name.endsWith(".md")
                                    && !LedgerFiles.isLedger(file)) {
                                problems.add(
                                        Problem.inFile(
                                                file,
                                                UNSUPPORTED
                                                        + (name.endsWith(".xls")
                                                                ? "（.xls 请在 Excel 中另存为 .xlsx）"
                                                                : "")));
                            }
                            files.add(file);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path found, IOException e)
                                throws IOException {
                            if (found.equals(start)) {
                                // The folder itself: nothing in it can be read, not even the
                                // profile, so this is the one problem (caught below).
                                throw e;
                            }
                            Path file = folder.resolve(start.relativize(found)).normalize();
                            problems.add(Problem.inFile(file, "无法读取：" + reason(e)));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            throw new EvidenceException(
                    List.of(
                            Problem.inFile(
                                    folder,
                                    "无法读取证据目录："
                                            + reason(
                                                    e instanceof UncheckedIOException u
                                                            ? u.getCause()
                                                            : (IOException) e))));
        }
        files.sort(null);
        return List.copyOf(files);
    }

    /** Why an entry may not be read, or null when it may. */
    private static String entryProblem(Path file, BasicFileAttributes attrs, Path realFolder) {
        if (attrs.isOther()) {
            return "不是普通文件（设备、管道或套接字），不予读取";
        }
        if (attrs.isSymbolicLink()) {
            Path real;
            try {
                real = file.toRealPath();
            } catch (IOException e) {
                return Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)
                        ? "符号链接无法解析（指向的文件不存在，或链接成环），不予读取"
                        : "符号链接无法读取：" + reason(e);
            }
            if (!real.startsWith(realFolder)) {
                return "符号链接指向证据目录之外（" + real + "），不予读取：证据应放在证据目录之内";
            }
            if (Files.isDirectory(real)) {
                return "符号链接指向目录，不予遍历：请把文件直接放在证据目录中";
            }
            if (!Files.isRegularFile(real)) {
                return "符号链接指向的不是普通文件（设备、管道或套接字），不予读取";
            }
        }
        if (!Files.isReadable(file)) {
            return "无法读取：没有读取权限";
        }
        return null;
    }

    /** An I/O failure in words: Java's exception names are not for the user. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "没有读取权限";
        }
        if (e instanceof NoSuchFileException) {
            return "不存在";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return "文件系统拒绝（" + f.getReason() + "）";
        }
        return "读取出错";
    }
}
