package cn.zwgk.audit.evidence;

import cn.zwgk.audit.ledger.LedgerFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
     * The files below {@code folder}, Excel's lock files left out; a file of an unsupported type is
     * listed (it is part of the manifest) and reported.
     *
     * @throws EvidenceException when the folder itself cannot be read
     */
    static List<Path> files(Path folder, List<Problem> problems) throws EvidenceException {
        // Files.walk does not follow symbolic links to folders; a link to a file is checked below.
        try (Stream<Path> walk = Files.walk(folder)) {
            Path realFolder = folder.toRealPath();
            List<Path> files = new ArrayList<>();
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                // Walking the folder yields only paths below it: no "..", no absolute names from
                // the evidence.
                if (!file.normalize().startsWith(folder.normalize())) {
                    problems.add(Problem.inFile(file, "文件不在证据目录之内，不予读取"));
                    continue;
                }
                if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(realFolder)) {
                    problems.add(
                            Problem.inFile(
                                    file,
                                    "符号链接指向证据目录之外（" + file.toRealPath() + "），不予读取：证据应放在证据目录之内"));
                    continue;
                }
                String name = file.getFileName().toString();
                if (name.startsWith(EXCEL_LOCK_PREFIX)) {
                    continue;
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
            }
            return List.copyOf(files);
        } catch (IOException | UncheckedIOException e) {
            throw new EvidenceException(
                    List.of(Problem.inFile(folder, "无法读取证据目录：" + e.getMessage())));
        }
    }
}
