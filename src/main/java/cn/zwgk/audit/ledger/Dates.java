package cn.zwgk.audit.ledger;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a date (and a time) is typed in Chinese office ledgers: 2020-06-30, 2020/6/30,
 * 2020.6.30, 2020年6月30日.
 */
final class Dates {
    private Dates() {}

    /** ASCII digits only ({@code \d} matches nothing else in Java); one separator throughout. */
    private static final String DAY =
            "(?:(?<y>\\d{4})(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})"
                    + "|(?<cy>\\d{4})\\s*年\\s*(?<cm>\\d{1,2})\\s*月\\s*(?<cd>\\d{1,2})\\s*日)";

    static final Pattern DATE = Pattern.compile(DAY);
    static final Pattern DATE_TIME =
            Pattern.compile(
                    DAY
                            + "(?:\\s*|T)(?<h>\\d{1,2})[:：](?<min>\\d{2})(?:[:：](?<s>\\d{2}))?(?<offset>Z|[+-]\\d{2}:\\d{2})?");

    /**
     * The day a matched text names; a text naming no real day (2020/2/30) is refused, not rolled
     * over.
     */
    static LocalDate day(Matcher m, String text) throws UnreadableCell {
        boolean chinese = m.group("cy") != null;
        try {
            return LocalDate.of(
                    Integer.parseInt(m.group(chinese ? "cy" : "y")),
                    Integer.parseInt(m.group(chinese ? "cm" : "m")),
                    Integer.parseInt(m.group(chinese ? "cd" : "d")));
        } catch (DateTimeException e) {
            throw new UnreadableCell("“" + text + "”不是存在的日期");
        }
    }

    /** The time of day of a matched date-time, as {@code HH:mm:ss}. */
    static String time(Matcher m, String text) throws UnreadableCell {
        try {
            return LocalTime.of(
                            Integer.parseInt(m.group("h")),
                            Integer.parseInt(m.group("min")),
                            m.group("s") == null ? 0 : Integer.parseInt(m.group("s")))
                    .toString();
        } catch (DateTimeException e) {
            throw new UnreadableCell("“" + text + "”不是存在的时刻");
        }
    }
}
