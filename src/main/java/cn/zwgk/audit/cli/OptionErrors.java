package cn.zwgk.audit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's command-line errors in the interface's language. Its own messages are English; the
 * common ones (unknown option, extra or missing argument, a value of the wrong type) are worded
 * here, and the rest, including the Chinese messages of the tool's own converters, pass through.
 */
final class OptionErrors {
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    private OptionErrors() {}

    static String describe(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return (unmatched.isUnknownOption() ? "未知选项：" : "多余的参数：")
                    + String.join(" ", unmatched.getUnmatched());
        }
        if (e instanceof MissingParameterException missing) {
            // getMissing() holds only the first of several missing positional parameters; the
            // message quotes them all.
            List<String> quoted =
                    QUOTED.matcher(e.getMessage()).results().map(r -> r.group(1)).toList();
            return "缺少必需的参数："
                    + (quoted.isEmpty()
                            ? missing.getMissing().stream()
                                    .map(OptionErrors::name)
                                    .collect(Collectors.joining("、"))
                            : String.join("、", quoted));
        }
        // picocli words a value its built-in converters refuse as "Invalid value for ... cannot
        // convert ...".
        if (e.getArgSpec() != null
                && e.getValue() != null
                && e.getMessage().startsWith("Invalid value")) {
            return name(e.getArgSpec())
                    + " 的值“"
                    + e.getValue()
                    + "”无效：应为"
                    + expected(e.getArgSpec().type());
        }
        return e.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static String expected(Class<?> type) {
        if (type == LocalDate.class) {
            return "存在的日期，写作 YYYY-MM-DD";
        }
        if (type == int.class
                || type == Integer.class
                || type == long.class
                || type == Long.class) {
            return "整数";
        }
        if (type == Path.class) {
            return "路径";
        }
        return type.getSimpleName();
    }
}
