package cn.zwgk.audit.drl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The parameter list as people read it: one line per parameter for a terminal ({@code zwgk
 * params}), or the Markdown table of the guide's "参数一览", kept between two marker comments so that
 * it can be regenerated in place.
 */
public final class ParameterTable {
    /** The command that regenerates the guide's table; named wherever the table is stale. */
    public static final String REGENERATE = "./zwgk params --update docs/auditor-guide.md";

    static final String BEGIN = "<!-- 参数一览开始：由 " + REGENERATE + " 生成，请勿手改 -->";
    static final String END = "<!-- 参数一览结束 -->";

    private ParameterTable() {}

    /**
     * One line per parameter, {@code 文件:行} first so editors link it, then the task, name, value,
     * basis and source; a count by basis last.
     */
    public static List<String> lines(Path rulesFolder, List<Parameter> parameters) {
        List<String> lines =
                new ArrayList<>(
                        parameters.stream()
                                .map(
                                        p ->
                                                rulesFolder.relativize(p.file())
                                                        + ":"
                                                        + p.line()
                                                        + "  "
                                                        + task(p)
                                                        + "  "
                                                        + p.name()
                                                        + " = "
                                                        + p.value()
                                                        + "  "
                                                        + p.basis().label
                                                        + (p.source().isEmpty()
                                                                ? ""
                                                                : "：" + p.source()))
                                .toList());
        lines.add(count(parameters));
        return lines;
    }

    /** The guide's table: task, file and line, parameter, type, value, basis, source. */
    public static String markdown(Path rulesFolder, List<Parameter> parameters) {
        StringBuilder table = new StringBuilder();
        table.append("| 任务 | 文件:行 | 参数 | 类型 | 值 | 依据 | 出处 |\n");
        table.append("| ---: | --- | --- | --- | --- | --- | --- |\n");
        for (Parameter p : parameters) {
            table.append(
                    row(
                            p.task() == 0 ? "—" : String.valueOf(p.task()),
                            "`" + rulesFolder.relativize(p.file()) + ":" + p.line() + "`",
                            "`" + p.name() + "`",
                            "`" + p.type() + "`",
                            "`" + p.value() + "`",
                            p.basis().label,
                            p.source()));
        }
        table.append("\n").append(count(parameters)).append("\n");
        return table.toString();
    }

    /**
     * The document with the text between the table's markers replaced by {@code table}.
     *
     * @throws IllegalArgumentException when the document lacks the markers
     */
    public static String replaceIn(String document, String table) {
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("文档中没有参数一览的标记：" + BEGIN + " … " + END);
        }
        return document.substring(0, begin + BEGIN.length())
                + "\n\n"
                + table
                + "\n"
                + document.substring(end);
    }

    /**
     * Rewrites the table between the markers of {@code document} (the guide) from the rule files of
     * {@code rulesFolder}, atomically; returns how many parameters it lists.
     *
     * @throws IllegalArgumentException when the document lacks the markers
     */
    public static int update(Path document, Path rulesFolder) throws IOException {
        List<Parameter> parameters = Parameters.ofFolder(rulesFolder);
        String updated =
                replaceIn(
                        Files.readString(document, StandardCharsets.UTF_8),
                        markdown(rulesFolder, parameters));
        Path temp = Files.createTempFile(document.toAbsolutePath().getParent(), "guide-", ".tmp");
        try {
            Files.writeString(temp, updated, StandardCharsets.UTF_8);
            Files.move(temp, document, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return parameters.size();
    }

    /** The text between the markers, as {@link #replaceIn} writes it; null without markers. */
    public static String section(String document) {
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        return begin < 0 || end < begin ? null : document.substring(begin + BEGIN.length(), end);
    }

    private static String task(Parameter p) {
        return p.task() == 0 ? "任务 —" : "任务 " + p.task();
    }

    private static String count(List<Parameter> parameters) {
        Map<Parameter.Basis, Long> byBasis =
                parameters.stream()
                        .collect(
                                Collectors.groupingBy(
                                        Parameter::basis, TreeMap::new, Collectors.counting()));
        return "共 "
                + parameters.size()
                + " 个参数"
                + Arrays.stream(Parameter.Basis.values())
                        .map(b -> "，" + b.label + " " + byBasis.getOrDefault(b, 0L))
                        .collect(Collectors.joining());
    }

    private static String row(String... cells) {
        return "| "
                + Arrays.stream(cells)
                        .map(c -> c.replace("|", "\\|").replace("\n", " "))
                        .collect(Collectors.joining(" | "))
                + " |\n";
    }
}
