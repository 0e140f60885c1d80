package cn.zwgk.audit.cli;

import cn.zwgk.audit.build.Version;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code zwgk}: the command line. Only {@link #main} exits the process; {@link #run} is for tests.
 */
@Command(
        name = "zwgk",
        // Every command has -h and -V, and reads its help from the bundle.
        scope = CommandLine.ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        resourceBundle = "cn.zwgk.audit.cli.Messages",
        description = "政务公开目标任务合规审计：用 rules/ 中的 DRL 规则审查证据并生成报告。",
        subcommands = {
            AuditCommand.class,
            CheckCommand.class,
            TestCommand.class,
            ParamsCommand.class,
            ExplainCommand.class,
            DiffCommand.class,
            BenchCommand.class,
            EvidenceCommand.class,
            TemplateCommand.class,
            ConvertCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    /**
     * System property the launcher sets to the repository root, so defaults work from any folder.
     */
    static final String HOME_PROPERTY = "zwgk.home";

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    /** What {@code --watch} reads to learn when to stop: it ends at end of input. */
    final InputStream in;

    private Main(InputStream in) {
        this.in = in;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(System.in, out, err, args));
    }

    /** Runs a command line with no input and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(InputStream.nullInputStream(), out, err, args);
    }

    /** Runs a command line and returns its exit code. */
    public static int run(InputStream in, PrintWriter out, PrintWriter terminal, String... args) {
        PrintWriter err = new TerminalWriter(terminal, TerminalWriter.MAX_LINE);
        out = new TerminalWriter(out, Integer.MAX_VALUE);
        CommandLine cli = new CommandLine(new Main(in));
        cli.setOut(out);
        cli.setErr(err);
        documentExitCodes(cli);
        cli.getSubcommands().values().forEach(Main::documentExitCodes);
        // picocli's own help command takes its header and description from its annotation, not the
        // bundle.
        cli.getSubcommands()
                .get("help")
                .getCommandSpec()
                .usageMessage()
                .header("显示指定命令的帮助。")
                .description("显示指定命令的帮助；不指定命令时显示总的帮助。");
        cli.setParameterExceptionHandler(
                (e, a) -> {
                    err.println("错误：" + OptionErrors.describe(e));
                    e.getCommandLine().usage(err);
                    return ExitCode.BAD_OPTIONS.code;
                });
        cli.setExecutionExceptionHandler(
                (e, commandLine, parseResult) -> {
                    err.println("内部错误：" + e);
                    e.printStackTrace(err);
                    return ExitCode.INTERNAL_ERROR.code;
                });
        try {
            return cli.execute(args);
        } catch (VirtualMachineError e) {
            return jvmError(e, err);
        }
    }

    /**
     * Out of memory (or another error of the Java VM itself) is not a bug in the inputs or the
     * tool: the user is told which limit to raise, with a code of its own (1 means rule cases
     * failed, 70 a bug).
     */
    static int jvmError(VirtualMachineError e, PrintWriter err) {
        long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        if (e instanceof OutOfMemoryError) {
            err.println(
                    "错误：内存不足（Java 堆上限 "
                            + maxMb
                            + " MB），未生成报告。输入较大时请提高上限后重试，例如 ZWGK_JAVA_OPTS=-Xmx"
                            + Math.max(2, 2 * maxMb / 1024 + 1)
                            + "g zwgk …");
        } else if (e instanceof StackOverflowError) {
            err.println("错误：调用层次过深（栈溢出），未生成报告。可用 ZWGK_JAVA_OPTS=-Xss8m 提高栈上限后重试");
        } else {
            err.println("错误：Java 虚拟机出错，未生成报告，请重试；仍出错时请报告此问题");
        }
        return ExitCode.OUT_OF_MEMORY.code;
    }

    private static void documentExitCodes(CommandLine cli) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode e : ExitCode.values()) {
            codes.put(String.valueOf(e.code), e.meaning);
        }
        cli.getCommandSpec().usageMessage().exitCodeListHeading("%n退出码：%n").exitCodeList(codes);
    }

    /**
     * A path under the tool's home (the repository root) or, without one, the working directory.
     */
    static Path home(String relative) {
        String home = System.getProperty(HOME_PROPERTY);
        return home == null ? Path.of(relative) : Path.of(home).resolve(relative);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints the version the build stamped into the jar. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Version.TOOL};
        }
    }
}
