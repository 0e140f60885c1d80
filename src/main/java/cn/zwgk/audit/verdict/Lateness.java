package cn.zwgk.audit.verdict;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * How late an obligation was met: what tells 逾期完成 apart from 未完成 within a FAIL (requirements.md,
 * "Late is not missing"). Statutes count in working days (条例 "20 个工作日") or in calendar days
 * (《预算法》"20 日"), so the count says which.
 *
 * @param days how many days after the deadline it was done, at least 1
 * @param workingDays whether {@code days} counts working days rather than calendar days
 */
public record Lateness(int days, boolean workingDays) {
    public Lateness {
        if (days < 1) {
            throw new IllegalArgumentException("逾期天数应至少为 1，实为 " + days);
        }
    }

    /**
     * The lateness of a result that failed only by being late: the latest of {@code each}, or empty
     * when any of them is not a lateness (something was not done at all) or there are none.
     */
    static Optional<Lateness> ofAll(Collection<Lateness> each) {
        if (each.isEmpty() || each.stream().anyMatch(Objects::isNull)) {
            return Optional.empty();
        }
        return each.stream()
                .max(Comparator.comparingInt(Lateness::days).thenComparing(Lateness::workingDays));
    }
}
