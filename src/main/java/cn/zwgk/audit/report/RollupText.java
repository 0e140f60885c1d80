package cn.zwgk.audit.report;

import cn.zwgk.audit.text.SafeText;
import cn.zwgk.audit.verdict.State;
import java.util.function.Function;

/** The roll-up formats' text: organisations × tasks, one organisation a row. */
final class RollupText {
    private RollupText() {}

    /** {@code rollup.md}: organisations × tasks, with each organisation's count of every state. */
    static String markdown(Rollup rollup) {
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
                md.append(' ').append(taskCell(o, t, State::label)).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** {@code rollup.csv}: organisations × tasks, each state by its code, for scripts. */
    static String csv(Rollup rollup) {
        StringBuilder csv = new StringBuilder("folder,organisation,status");
        for (int t : rollup.tasks()) {
            csv.append(",task").append(t);
        }
        csv.append('\n');
        for (Rollup.Row o : rollup.rows()) {
            csv.append(SafeText.csv(o.folder()))
                    .append(',')
                    .append(SafeText.csv(o.organisation()))
                    .append(',')
                    .append(o.failed() ? SafeText.csv("FAILED: " + o.failure()) : "OK");
            for (int t : rollup.tasks()) {
                csv.append(',').append(taskCell(o, t, State::name));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /**
     * Task {@code task}'s state in {@code row} as {@code word} writes it; empty when it has none.
     */
    private static String taskCell(Rollup.Row row, int task, Function<State, String> word) {
        State s = row.states().get(task);
        return s == null ? "" : word.apply(s);
    }
}
