package cn.zwgk.audit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command of {@code zwgk}: it runs with the output and error streams its command line was given
 * (a terminal, or a test's writers) and returns an exit code.
 */
abstract class PrintingCommand implements Callable<Integer> {
    @Spec CommandSpec command;

    @Override
    public final Integer call() throws Exception {
        return run(command.commandLine().getOut(), command.commandLine().getErr());
    }

    /** Runs the command; returns its {@link ExitCode}'s number. */
    abstract int run(PrintWriter out, PrintWriter err) throws Exception;
}
