package cn.zwgk.audit.report;

import cn.zwgk.audit.text.SafeText;
import cn.zwgk.audit.verdict.State;
import java.nio.charset.StandardCharsets;

/** {@code rollup.md}: organisations × tasks, with each organisation's count of every state. */
final class RollupMarkdownRenderer implements RollupRenderer {

    @Override
    public String fileName() {
        return Rollup.MARKDOWN_FILE;
    }

    @Override
    public byte[] render(Rollup rollup) {
        StringBuilder md = new StringBuilder("# 批量审计汇总\n\n");
        md.append("组织 ")
                .append(rollup.rows().size())
                .append(" 个，失败 ")
                .append(rollup.failed())
                .append(" 个。\n\n");
        md.append("| 目录 | 组织 |");
        for (State s : State.values()) {
            md.append(' ').append(s.label()).append(" |");
        }
        for (int t : rollup.tasks()) {
            md.append(' ').append(t).append(" |");
        }
        md.append("\n|---|---|");
        md.append("---:|".repeat(State.values().length))
                .append("---|".repeat(rollup.tasks().size()))
                .append('\n');
        for (Rollup.Row o : rollup.rows()) {
            md.append("| ")
                    .append(SafeText.markdownCell(o.folder()))
                    .append(" | ")
                    .append(
                            o.failed()
                                    ? "失败：" + SafeText.markdownCell(o.failure())
                                    : SafeText.markdownCell(o.organisation()))
                    .append(" |");
            for (State s : State.values()) {
                md.append(' ')
                        .append(
                                o.failed()
                                        ? ""
                                        : o.states().values().stream().filter(s::equals).count())
                        .append(" |");
            }
            for (int t : rollup.tasks()) {
                State s = o.states().get(t);
                md.append(' ').append(s == null ? "" : s.label()).append(" |");
            }
            md.append('\n');
        }
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }
}
