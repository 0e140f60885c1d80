package cn.zwgk.audit.report;

import java.util.List;
import java.util.Locale;

/**
 * How the formats meant for reading (Markdown, HTML) list the records a result rests on: every id
 * up to {@link #MAX_SHOWN}, then a count. A large organisation's task can rest on hundreds of
 * thousands of records; listing them all made a page no one could open. The complete lists stay in
 * report.json and findings.csv.
 */
final class ShownIds {
    static final int MAX_SHOWN = 200;

    private ShownIds() {}

    /** The ids listed. */
    static List<String> shown(List<String> ids) {
        return ids.size() <= MAX_SHOWN ? ids : ids.subList(0, MAX_SHOWN);
    }

    /** What follows the ids listed: nothing when all are, else the total and where the rest are. */
    static String rest(List<String> ids) {
        return ids.size() <= MAX_SHOWN
                ? ""
                : String.format(
                        Locale.ROOT, " 等共 %,d 条（完整编号见 report.json 或 findings.csv）", ids.size());
    }
}
