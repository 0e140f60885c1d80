package cn.zwgk.audit.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Elapsed time between two instants, for hour limits such as task 16's five hours. */
public final class Elapsed {
    /** The audit date is a day in Shanghai: evidence counts up to its end there. */
    private static final ZoneId AUDIT_ZONE = ZoneId.of("Asia/Shanghai");

    private Elapsed() {}

    /**
     * True when the {@code hours} from {@code start} have not run out by the end of the audit date
     * {@code asOf} (in Shanghai): an event at 23:30 on the audit date is still within its 5 hours.
     */
    public static boolean openOn(OffsetDateTime start, int hours, LocalDate asOf) {
        // A limit ending at midnight is still open: a response at 00:00 next day is in time but
        // dated after the audit date, so not yet in the evidence.
        return !start.plusHours(hours)
                .isBefore(asOf.plusDays(1).atStartOfDay(AUDIT_ZONE).toOffsetDateTime());
    }

    /**
     * Calendar days by which {@code end} overran {@code hours} from {@code start}, counting a
     * started day as one: the lateness of a response made after its hour limit.
     */
    public static int daysLate(OffsetDateTime start, OffsetDateTime end, int hours) {
        long over = minutes(start, end) - hours * 60L;
        return (int) Math.max(1, Math.floorDiv(over + 1439, 1440));
    }

    /**
     * Whole minutes from {@code start} to {@code end}; seconds are kept, so 5h00m30s is 301 minutes
     * rounded up.
     */
    public static long minutes(OffsetDateTime start, OffsetDateTime end) {
        long seconds = Duration.between(start, end).getSeconds();
        return Math.floorDiv(seconds + 59, 60);
    }

    /** True when {@code end} is no later than {@code hours} hours after {@code start}. */
    public static boolean withinHours(OffsetDateTime start, OffsetDateTime end, int hours) {
        return !end.isAfter(start.plusHours(hours));
    }

    /** "2020年7月4日 04:30": {@code hours} after {@code start}, in Shanghai time. */
    public static String end(OffsetDateTime start, int hours) {
        return time(start.plusHours(hours));
    }

    /** "2020年7月3日 23:30", in Shanghai time. */
    public static String time(OffsetDateTime at) {
        LocalDateTime local = at.atZoneSameInstant(AUDIT_ZONE).toLocalDateTime();
        return local.getYear()
                + "年"
                + local.getMonthValue()
                + "月"
                + local.getDayOfMonth()
                + "日 "
                + String.format("%02d:%02d", local.getHour(), local.getMinute());
    }

    /** "6小时12分". */
    public static String describe(long minutes) {
        return (minutes / 60) + "小时" + (minutes % 60) + "分";
    }
}
