package cn.zwgk.audit.cli;

import cn.zwgk.audit.app.BadRequest;
import java.io.IOException;
import java.io.PrintWriter;

/** How a command says it was refused, or could not write its files, and the exit code for each. */
final class Outputs {
    private Outputs() {}

    /** A request refused before anything was done: every reason, each an error line. */
    static int refused(BadRequest e, PrintWriter err) {
        e.reasons().forEach(reason -> err.println("错误：" + reason));
        return ExitCode.BAD_OPTIONS.code;
    }

    static int failed(IOException e, PrintWriter err) {
        err.println("错误：无法写出文件：" + e.getMessage());
        return ExitCode.OUTPUT_ERROR.code;
    }
}
