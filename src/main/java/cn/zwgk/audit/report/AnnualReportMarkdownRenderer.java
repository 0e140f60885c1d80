package cn.zwgk.audit.report;

import cn.zwgk.audit.text.SafeText;
import java.nio.charset.StandardCharsets;

/**
 * {@code annual-report.md}: the {@link AnnualReportDraft} as Markdown, for review and version
 * control beside the Word document. Markdown cannot merge cells, so Tables 3 and 4 are flat, one
 * row per line of the format, as in report.md; the 【待填写】 gaps are plain text to search for.
 */
final class AnnualReportMarkdownRenderer implements Renderer {

    @Override
    public String format() {
        return "annual-md";
    }

    @Override
    public String fileName() {
        return "annual-report.md";
    }

    @Override
    public byte[] render(AuditReport report) {
        AnnualReportDraft draft = AnnualReportDraft.of(report);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(SafeText.markdown(draft.title())).append("\n\n");
        for (AnnualReportDraft.Block block : draft.blocks()) {
            if (block instanceof AnnualReportDraft.Heading h) {
                md.append("#".repeat(h.level() + 1))
                        .append(' ')
                        .append(SafeText.markdown(h.text()))
                        .append("\n\n");
            } else if (block instanceof AnnualReportDraft.Paragraph p) {
                md.append(p.style() == AnnualReportDraft.Style.NOTE ? "> " : "")
                        .append(SafeText.markdown(p.text()))
                        .append("\n\n");
            } else if (block instanceof AnnualReportDraft.Table t) {
                switch (t.number()) {
                    case 2 -> MarkdownRenderer.proactive(md, report.statistics().proactive());
                    case 3 -> MarkdownRenderer.grid(md, report.statistics().applications());
                    default -> MarkdownRenderer.grid(md, report.statistics().reviews());
                }
            }
        }
        manifest(md, report);
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The manifest, as every format states it, in an HTML comment: it travels with the file but is
     * not shown, as the Word document keeps it in its properties rather than its text. Escaped like
     * all text, which also keeps a name from closing the comment.
     */
    private static void manifest(StringBuilder md, AuditReport report) {
        md.append("<!-- 输入清单\n");
        for (ManifestLines.Line line : ManifestLines.of(report)) {
            md.append(SafeText.markdown(line.kind()))
                    .append(line.name().isEmpty() ? "" : "：" + SafeText.markdown(line.name()))
                    .append('\t')
                    .append(SafeText.markdown(line.value()))
                    .append('\n');
        }
        md.append("-->\n");
    }
}
