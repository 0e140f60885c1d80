package cn.zwgk.audit.report;

import java.io.IOException;

/** Turns a report into one file format. Renderers read the model and never compute results. */
public interface Renderer {

    /** The name {@code --format} uses, e.g. {@code md}. */
    String format();

    /** The file this renderer writes, e.g. {@code report.md}. */
    String fileName();

    /** The whole file, in memory, so a failure never leaves half a file behind. */
    byte[] render(AuditReport report) throws IOException;
}
