package cn.zwgk.audit.report;

import cn.zwgk.audit.verdict.State;
import java.util.List;
import java.util.Map;

/**
 * The summary of a batch run: for each organisation, the state of every task, or why it has none.
 *
 * @param tasks the catalog's task numbers, the columns
 * @param rows one organisation a row, in folder order
 */
public record Rollup(List<Integer> tasks, List<Row> rows) {
    public static final String MARKDOWN_FILE = "rollup.md";
    public static final String CSV_FILE = "rollup.csv";

    /**
     * @param folder the organisation's folder name in the batch
     * @param organisation its name from the profile; empty when it failed
     * @param states the state of each task; empty when it failed
     * @param failure why no report was made, or null
     */
    public record Row(
            String folder, String organisation, Map<Integer, State> states, String failure) {
        public boolean failed() {
            return failure != null;
        }
    }

    public long failed() {
        return rows.stream().filter(Row::failed).count();
    }
}
