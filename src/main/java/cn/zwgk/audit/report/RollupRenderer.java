package cn.zwgk.audit.report;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Turns a batch's {@link Rollup} into one file format, as {@link Renderer} does a report.
 *
 * @param fileName the file this renderer writes, e.g. {@code rollup.md}
 * @param text the whole file's text (one of {@link RollupText}'s)
 */
public record RollupRenderer(String fileName, Function<Rollup, String> text) {

    /** The whole file, in memory, in UTF-8. */
    public byte[] render(Rollup rollup) {
        return text.apply(rollup).getBytes(StandardCharsets.UTF_8);
    }
}
