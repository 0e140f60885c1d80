package cn.zwgk.audit.report;

/** Turns a batch's {@link Rollup} into one file format, as {@link Renderer} does a report. */
public interface RollupRenderer {

    /** The file this renderer writes, e.g. {@code rollup.md}. */
    String fileName();

    /** The whole file, in memory. */
    byte[] render(Rollup rollup);
}
