package cn.zwgk.audit.catalog;

import cn.zwgk.audit.problem.CatalogException;
import cn.zwgk.audit.problem.Problem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;

/**
 * When a task is due, as read from its 时间节点. Deadlines are inclusive: the due date itself is on
 * time. Dates of outside events (e.g. the issue of the revised 《上海市政府信息公开规定》) are not known here;
 * they are named anchors whose dates the audit profile supplies.
 */
public sealed interface Deadline {

    /**
     * The last day on which the task is on time.
     *
     * @param auditYear the year being audited (continuous and in-year tasks run to its 31 December)
     * @param anchors anchor dates from the audit profile, by anchor name
     * @throws CatalogException if the deadline needs an anchor that {@code anchors} lacks
     */
    LocalDate dueDate(int auditYear, Map<String, LocalDate> anchors) throws CatalogException;

    /** Short Chinese description for reports, e.g. "2020-06-30", "年内". */
    String describe(int auditYear, Map<String, LocalDate> anchors);

    /** {@code 2020.6}: on or before the last day of that month. */
    record MonthEnd(YearMonth month) implements Deadline {

        public MonthEnd {
            Objects.requireNonNull(month, "month");
        }

        @Override
        public LocalDate dueDate(int auditYear, Map<String, LocalDate> anchors) {
            return month.atEndOfMonth();
        }

        @Override
        public String describe(int auditYear, Map<String, LocalDate> anchors) {
            return month.atEndOfMonth().toString();
        }
    }

    /**
     * {@code 新规出台后1个月内}: within N calendar months after an anchor date. Java's month arithmetic
     * keeps the day of month and clamps to the month's end (01-31 + 1 month = 02-29).
     */
    record AfterAnchor(String anchor, int months) implements Deadline {

        public AfterAnchor {
            Objects.requireNonNull(anchor, "anchor");
            if (months < 1) {
                throw new IllegalArgumentException("months must be at least 1: " + months);
            }
        }

        @Override
        public LocalDate dueDate(int auditYear, Map<String, LocalDate> anchors)
                throws CatalogException {
            LocalDate from = anchors.get(anchor);
            if (from == null) {
                // The anchor is named in the catalog; the audit profile is to provide its date.
                throw new CatalogException(
                        Problem.inFile(
                                Path.of(Catalog.FILE_NAME),
                                "缺少锚点日期 “" + anchor + "”：请在审计配置中提供该日期"));
            }
            return from.plusMonths(months);
        }

        /**
         * E.g. "2020-04-26 后1个月内，至 2020-05-26". The anchor's name is an identifier for auditors,
         * not report text; the table's own wording stays in the 时间节点 column.
         */
        @Override
        public String describe(int auditYear, Map<String, LocalDate> anchors) {
            LocalDate from = anchors.get(anchor);
            if (from == null) {
                return "锚点 " + anchor + " 日期未提供，" + months + "个月内";
            }
            return from + " 后" + months + "个月内，至 " + from.plusMonths(months);
        }
    }

    /**
     * A deadline that is the audit year's 31 December: the one place the in-year kinds get their
     * due date, so that they cannot drift apart.
     */
    sealed interface YearEnd extends Deadline {
        @Override
        default LocalDate dueDate(int auditYear, Map<String, LocalDate> anchors) {
            return LocalDate.of(auditYear, 12, 31);
        }
    }

    /**
     * {@code 实时}: kept current all year. The anchor, if any, names the date from which the
     * obligation runs (rules check timeliness against it); the deadline itself is year end.
     */
    record Continuous(String anchor) implements YearEnd {

        @Override
        public String describe(int auditYear, Map<String, LocalDate> anchors) {
            return "实时（持续）";
        }
    }

    /** Empty 时间节点: within the audit year. */
    record InYear() implements YearEnd {

        @Override
        public String describe(int auditYear, Map<String, LocalDate> anchors) {
            return "年内";
        }
    }
}
