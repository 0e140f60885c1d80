package cn.zwgk.audit.report;

import cn.zwgk.audit.text.SafeText;
import cn.zwgk.audit.verdict.State;
import java.nio.charset.StandardCharsets;

/** {@code rollup.csv}: organisations × tasks, each state by its code, for scripts. */
final class RollupCsvRenderer implements RollupRenderer {

    @Override
    public String fileName() {
        return Rollup.CSV_FILE;
    }

    @Override
    public byte[] render(Rollup rollup) {
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
                State s = o.states().get(t);
                csv.append(',').append(s == null ? "" : s.name());
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
