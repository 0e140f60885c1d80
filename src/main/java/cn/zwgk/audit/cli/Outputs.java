package cn.zwgk.audit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Files that {@code template} and {@code convert} write: never over an existing file (a ledger
 * someone keeps is not to be replaced by a slip of the command line), and atomically.
 */
final class Outputs {
    private Outputs() {}

    /**
     * Whether {@code file} may be written: named {@code *.suffix} and not there yet; says why not
     * on {@code err}.
     */
    static boolean isNew(Path file, String suffix, PrintWriter err) {
        if (!file.getFileName().toString().endsWith(suffix)) {
            err.println("错误：" + file + " 应以 " + suffix + " 结尾");
            return false;
        }
        return isNew(List.of(file), err);
    }

    static boolean isNew(List<Path> files, PrintWriter err) {
        List<Path> existing = files.stream().filter(Files::exists).toList();
        existing.forEach(f -> err.println("错误：" + f + " 已存在，不予覆盖"));
        return existing.isEmpty();
    }

    static int failed(IOException e, PrintWriter err) {
        err.println("错误：无法写出文件：" + e.getMessage());
        return ExitCode.OUTPUT_ERROR.code;
    }
}
