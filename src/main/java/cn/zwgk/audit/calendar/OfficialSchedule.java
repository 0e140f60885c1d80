package cn.zwgk.audit.calendar;

import com.nlf.calendar.Holiday;
import com.nlf.calendar.util.HolidayUtil;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Builds the official schedule from the {@code cn.6tail:lunar} holiday library and the data file
 * {@value #RESOURCE}, whose header documents the format. Validation is strict because a silently
 * ignored or mistyped line would shift statutory deadlines without anyone noticing.
 */
final class OfficialSchedule {

    static final String RESOURCE = "/calendar/cn-holidays.tsv";

    /**
     * The merged schedule.
     *
     * @param firstYear first known year
     * @param lastYear last known year; every year in between is known
     * @param days status of each date that a source lists ({@code true} = working day); dates not
     *     listed follow {@link #workingByWeekdayRule(LocalDate)}
     */
    record Schedule(int firstYear, int lastYear, Map<LocalDate, Boolean> days) {}

    private record Entry(LocalDate date, boolean working, int line) {}

    private OfficialSchedule() {}

    /** Monday to Friday work, Saturday and Sunday are off, unless the schedule says otherwise. */
    static boolean workingByWeekdayRule(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** Loads the built-in schedule: the bundled data file on top of the lunar library. */
    static Schedule load() {
        InputStream in = OfficialSchedule.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new CalendarDataException("找不到日历数据文件 " + RESOURCE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader, RESOURCE, OfficialSchedule::lunarYear);
        } catch (IOException e) {
            throw new CalendarDataException("无法读取日历数据文件 " + RESOURCE, e);
        }
    }

    /** The lunar library's listed dates of one year; {@code Holiday.isWork()} marks 调休上班. */
    static Map<LocalDate, Boolean> lunarYear(int year) {
        Map<LocalDate, Boolean> days = new HashMap<>();
        for (Holiday holiday : HolidayUtil.getHolidays(year)) {
            LocalDate date = LocalDate.parse(holiday.getDay());
            if (date.getYear() == year) {
                days.put(date, holiday.isWork());
            }
        }
        return days;
    }

    /**
     * Parses a data file and merges it with the library.
     *
     * @param reader the data file
     * @param source the file name used in error messages
     * @param library the library's listed dates of a given year ({@code true} = working day)
     * @throws CalendarDataException when the file is malformed or contradicts itself or the library
     * @throws IOException when reading fails
     */
    static Schedule parse(
            Reader reader, String source, IntFunction<Map<LocalDate, Boolean>> library)
            throws IOException {
        Map<Integer, Integer> libraryYears = new TreeMap<>(); // year -> line declaring it
        Map<Integer, Integer> fileYears = new TreeMap<>();
        Map<LocalDate, Entry> entries = new TreeMap<>();

        BufferedReader lines = new BufferedReader(reader);
        int lineNo = 0;
        for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] head = line.split("\\s+", 2);
            String rest = head.length > 1 ? head[1] : "";
            switch (head[0]) {
                case "library" -> {
                    String[] f = fields(rest, 3, source, lineNo, "library 起始年 终止年 说明");
                    int from = year(f[0], source, lineNo);
                    int to = year(f[1], source, lineNo);
                    if (from > to) {
                        throw error(source, lineNo, "起始年 " + from + " 晚于终止年 " + to);
                    }
                    for (int y = from; y <= to; y++) {
                        declare(y, lineNo, libraryYears, fileYears, source);
                    }
                }
                case "year" -> {
                    String[] f = fields(rest, 2, source, lineNo, "year 年份 来源文号");
                    declare(year(f[0], source, lineNo), lineNo, fileYears, libraryYears, source);
                }
                default -> {
                    LocalDate date = date(head[0], source, lineNo);
                    String[] f = fields(rest, 2, source, lineNo, "日期 off|work 名称及来源");
                    boolean working =
                            switch (f[0]) {
                                case "work" -> true;
                                case "off" -> false;
                                default ->
                                        throw error(
                                                source,
                                                lineNo,
                                                "第二列应为 off 或 work，实为“" + f[0] + "”");
                            };
                    Entry previous = entries.put(date, new Entry(date, working, lineNo));
                    if (previous != null) {
                        throw error(source, lineNo, date + " 已在第 " + previous.line() + " 行列出");
                    }
                }
            }
        }
        return merge(libraryYears, fileYears, entries, source, library);
    }

    private static Schedule merge(
            Map<Integer, Integer> libraryYears,
            Map<Integer, Integer> fileYears,
            Map<LocalDate, Entry> entries,
            String source,
            IntFunction<Map<LocalDate, Boolean>> library) {
        TreeMap<Integer, Integer> known = new TreeMap<>(libraryYears);
        known.putAll(fileYears);
        if (known.isEmpty()) {
            throw new CalendarDataException(source + "：未声明任何年份（library 或 year 行）");
        }
        int first = known.firstKey();
        int last = known.lastKey();
        // firstKnownYear()..lastKnownYear() promises every year in between, so a gap is an error.
        for (int y = first; y <= last; y++) {
            if (!known.containsKey(y)) {
                throw new CalendarDataException(source + "：已知年份不连续，缺少 " + y + " 年");
            }
        }

        Map<LocalDate, Boolean> days = new HashMap<>();
        Map<LocalDate, Boolean> libraryDays = new HashMap<>();
        for (Map.Entry<Integer, Integer> declared : libraryYears.entrySet()) {
            Map<LocalDate, Boolean> yearDays = library.apply(declared.getKey());
            if (yearDays.isEmpty()) {
                throw error(
                        source,
                        declared.getValue(),
                        "节假日库 cn.6tail:lunar 不含 " + declared.getKey() + " 年的数据");
            }
            libraryDays.putAll(yearDays);
        }
        days.putAll(libraryDays);

        for (Entry entry : entries.values()) {
            LocalDate date = entry.date();
            int y = date.getYear();
            boolean byWeekday = workingByWeekdayRule(date);
            if (fileYears.containsKey(y)) {
                if (entry.working() && byWeekday) {
                    throw error(
                            source,
                            entry.line(),
                            date + " 是" + weekdayName(date) + "，本来就上班，不应标为 work");
                }
            } else if (libraryYears.containsKey(y)) {
                boolean libraryAnswer = libraryDays.getOrDefault(date, byWeekday);
                if (libraryAnswer == entry.working()) {
                    throw error(source, entry.line(), "对 " + date + " 的更正与节假日库一致，属多余更正，请删除");
                }
            } else {
                throw error(source, entry.line(), y + " 年未用 library 或 year 行声明");
            }
            days.put(date, entry.working());
        }

        for (Map.Entry<Integer, Integer> declared : fileYears.entrySet()) {
            int y = declared.getKey();
            boolean listed = entries.keySet().stream().anyMatch(d -> d.getYear() == y);
            if (!listed) {
                // Every real year has at least 元旦, so an empty year is a forgotten paste, not data.
                throw error(source, declared.getValue(), y + " 年已声明但没有任何日期行");
            }
        }
        return new Schedule(first, last, Map.copyOf(days));
    }

    private static void declare(
            int year,
            int lineNo,
            Map<Integer, Integer> into,
            Map<Integer, Integer> other,
            String source) {
        Integer earlier = into.getOrDefault(year, other.get(year));
        if (earlier != null) {
            throw error(source, lineNo, year + " 年已在第 " + earlier + " 行声明");
        }
        into.put(year, lineNo);
    }

    private static String[] fields(
            String rest, int count, String source, int lineNo, String expected) {
        String[] f = rest.isEmpty() ? new String[0] : rest.split("\\s+", count);
        if (f.length < count) {
            throw error(source, lineNo, "字段不足，应为：" + expected);
        }
        return f;
    }

    private static int year(String text, String source, int lineNo) {
        if (!text.matches("\\d{4}")) {
            throw error(source, lineNo, "年份应为四位数字，实为“" + text + "”");
        }
        return Integer.parseInt(text);
    }

    private static LocalDate date(String text, String source, int lineNo) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            String problem =
                    text.matches("\\d{4}-\\d{2}-\\d{2}")
                            ? "“" + text + "”不是有效日期"
                            : "无法识别的行首“" + text + "”：应为 library、year 或 yyyy-MM-dd 日期";
            throw error(source, lineNo, problem);
        }
    }

    private static String weekdayName(LocalDate date) {
        return "周" + "一二三四五六日".charAt(date.getDayOfWeek().getValue() - 1);
    }

    private static CalendarDataException error(String source, int lineNo, String message) {
        return new CalendarDataException(source + " 第 " + lineNo + " 行：" + message);
    }
}
