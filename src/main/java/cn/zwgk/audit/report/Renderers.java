package cn.zwgk.audit.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one registry of report formats ({@code --format} choices come from here) and of a batch's
 * roll-up formats.
 */
public final class Renderers {
    private static final Map<String, Renderer> BY_FORMAT = new LinkedHashMap<>();

    static {
        for (Renderer r :
                List.of(
                        new JsonRenderer(),
                        new MarkdownRenderer(),
                        new HtmlRenderer(),
                        new AppendixRenderer(),
                        new AnnualReportRenderer(),
                        new AnnualReportMarkdownRenderer(),
                        new SpreadsheetRenderer(),
                        new CsvRenderer())) {
            BY_FORMAT.put(r.format(), r);
        }
    }

    private Renderers() {}

    public static List<String> formats() {
        return List.copyOf(BY_FORMAT.keySet());
    }

    public static Optional<Renderer> byFormat(String format) {
        return Optional.ofNullable(BY_FORMAT.get(format));
    }

    /** The formats of a batch's roll-up, all written for every batch. */
    public static List<RollupRenderer> rollup() {
        return List.of(
                new RollupRenderer(Rollup.MARKDOWN_FILE, RollupText::markdown),
                new RollupRenderer(Rollup.CSV_FILE, RollupText::csv));
    }
}
