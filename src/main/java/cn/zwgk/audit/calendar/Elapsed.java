package cn.zwgk.audit.calendar;

import java.time.Duration;
import java.time.OffsetDateTime;

/** Elapsed time between two instants, for hour limits such as task 16's five hours. */
public final class Elapsed {
    private Elapsed() {}

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

    /** "6小时12分". */
    public static String describe(long minutes) {
        return (minutes / 60) + "小时" + (minutes % 60) + "分";
    }
}
