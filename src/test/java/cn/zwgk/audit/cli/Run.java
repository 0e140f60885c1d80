package cn.zwgk.audit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of {@code zwgk} in this JVM, as a person at a terminal would see it. */
public record Run(int exit, String out, String err) {

    /** Runs {@code zwgk args} and keeps its exit code, standard output and standard error. */
    public static Run zwgk(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }
}
