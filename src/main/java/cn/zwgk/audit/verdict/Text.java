package cn.zwgk.audit.verdict;

import cn.zwgk.audit.facts.Dated;
import cn.zwgk.audit.facts.Evidence;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How rule files word their conclusions: the one place that writes record lists, dates, ratios and
 * counts into a 说明, so every rule says them the same way and a change of wording (say, of how a
 * date is written) is made once. DRL imports each as a function, e.g. {@code import function
 * cn.zwgk.audit.verdict.Text.ids}.
 *
 * <p>A list of records is passed as the records themselves (what {@code collect(...)} gives), so
 * the wording can name them; {@link #idsOf} gives the ids a verdict cites.
 */
public final class Text {
    /** How many records a 说明 lists before it says "等 N 项". */
    public static final int LISTED = 10;

    private Text() {}

    /**
     * The ids a verdict cites, sorted and without repeats: of evidence records, of {@link Issue}s
     * (the record each is about), or ids given as text.
     */
    @SafeVarargs
    public static List<String> idsOf(Collection<?>... items) {
        return Arrays.stream(items)
                .flatMap(Collection::stream)
                .map(Text::idOf)
                .distinct()
                .sorted()
                .toList();
    }

    /** "A、B、C" or, past {@link #LISTED}, "A、B、…、J 等 N 项": records named in a 说明. */
    public static String ids(Collection<?> items) {
        List<String> sorted = idsOf(items);
        if (sorted.size() <= LISTED) {
            return String.join("、", sorted);
        }
        return String.join("、", sorted.subList(0, LISTED)) + " 等 " + sorted.size() + " 项";
    }

    /** One record named in a 说明. */
    public static String id(Evidence record) {
        return record.id();
    }

    /** "A（2020-05-01）、B（2020-05-03）": records with their dates, ordered by id. */
    public static String dated(Collection<? extends Dated> records) {
        return dated(records, "");
    }

    /**
     * "A（2020-03-20 印发）、B（…）": records with their dates and what happened on them ({@code event},
     * e.g. " 印发"), ordered by id.
     */
    public static String dated(Collection<? extends Dated> records, String event) {
        return records.stream()
                .sorted(Comparator.comparing(Dated::id))
                .map(r -> r.id() + "（" + date(r.date()) + event + "）")
                .collect(Collectors.joining("、"));
    }

    /** A date in a 说明. */
    public static String date(LocalDate day) {
        return String.valueOf(day);
    }

    /** "2020-04-26 至 2020-05-26". */
    public static String period(LocalDate from, LocalDate to) {
        return date(from) + " 至 " + date(to);
    }

    /** A month in a 说明: "2020-03". */
    public static String month(YearMonth month) {
        return String.valueOf(month);
    }

    /** "2020-03、2020-05": months in calendar order. */
    public static String months(Collection<YearMonth> months) {
        return months.stream().sorted().map(Text::month).collect(Collectors.joining("、"));
    }

    /** "2020-01 至 2020-12 的 12 个月": a run of consecutive months, which must not be empty. */
    public static String monthSpan(Collection<YearMonth> months) {
        List<YearMonth> sorted = months.stream().sorted().toList();
        return month(sorted.get(0))
                + " 至 "
                + month(sorted.get(sorted.size() - 1))
                + " 的 "
                + sorted.size()
                + " 个月";
    }

    /** "A、B、C": values (categories, forms, fields) in the order given. */
    public static String join(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining("、"));
    }

    /** "A、B、C": values sorted, for a set whose order means nothing. */
    public static String joinSorted(Collection<? extends Comparable<?>> values) {
        return values.stream().map(String::valueOf).sorted().collect(Collectors.joining("、"));
    }

    /**
     * "A 晚 2 天；B …": each issue's record and text, ordered by record id, the first {@link #LISTED}
     * in full and then the total.
     */
    public static String issues(Collection<Issue> issues) {
        List<Issue> sorted =
                issues.stream()
                        .sorted(Comparator.comparing(Issue::evidenceId).thenComparing(Issue::text))
                        .toList();
        String listed =
                sorted.stream()
                        .limit(LISTED)
                        .map(i -> i.evidenceId() + " " + i.text())
                        .collect(Collectors.joining("；"));
        return sorted.size() <= LISTED ? listed : listed + "；等共 " + sorted.size() + " 项";
    }

    /**
     * "A 尚未对接；B 对接晚于期限、尚未落地": every record once with all its issues joined by "、", ordered as
     * {@link #issues} orders them. Unlike {@link #issues} it lists them all: for the few records of
     * one item (say, one pilot field) that a 说明 explains in full.
     */
    public static String byRecord(Collection<Issue> issues) {
        return issues.stream()
                .sorted(Comparator.comparing(Issue::evidenceId).thenComparing(Issue::text))
                .collect(
                        Collectors.groupingBy(
                                Issue::evidenceId,
                                LinkedHashMap::new,
                                Collectors.mapping(Issue::text, Collectors.joining("、"))))
                .entrySet()
                .stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("；"));
    }

    /**
     * The texts of {@link ItemCheck}s joined by {@code separator}, in the order of their items:
     * enum constants as declared, names alphabetically, records by id.
     */
    public static String items(Collection<ItemCheck> checks, String separator) {
        return checks.stream()
                .sorted(Comparator.comparing(ItemCheck::item, Text::compareItems))
                .map(ItemCheck::text)
                .collect(Collectors.joining(separator));
    }

    /**
     * The texts of {@link ItemCheck}s joined by {@code separator}, in the order their items have in
     * {@code order} (e.g. the pilot fields as the profile lists them).
     */
    public static String items(Collection<ItemCheck> checks, List<?> order, String separator) {
        return checks.stream()
                .sorted(Comparator.comparingInt(p -> order.indexOf(p.item())))
                .map(ItemCheck::text)
                .collect(Collectors.joining(separator));
    }

    /** "证照到期提醒、办件进度提醒": the items themselves, in the order {@link #items} puts them. */
    public static String itemNames(Collection<ItemCheck> checks) {
        return checks.stream()
                .map(ItemCheck::item)
                .sorted(Text::compareItems)
                .map(String::valueOf)
                .collect(Collectors.joining("、"));
    }

    /** "2 项（A、B）", or "0 项" when there are none: how many records, and which. */
    public static String counted(Collection<?> records, String measure) {
        return records.size() + " " + measure + ifAny(records, "（" + ids(records) + "）");
    }

    /**
     * "政府采购 2 项、国有产权交易 1 项、工程建设项目招投标 0 项": how often each of {@code kinds} occurs among {@code
     * values}, every kind named, in the order given.
     */
    public static String counts(Collection<?> kinds, Collection<?> values, String measure) {
        return kinds.stream()
                .map(k -> k + " " + Collections.frequency(values, k) + " " + measure)
                .collect(Collectors.joining("、"));
    }

    /**
     * {@code clause} when there are any {@code items}, nothing otherwise: a clause of a 说明 that
     * mentions records only when there are some, such as late records that are not counted.
     */
    public static String ifAny(Collection<?> items, String clause) {
        return items.isEmpty() ? "" : clause;
    }

    /** "41/80 = 51.3%": the numbers behind a ratio, rounded half-up to one decimal. */
    public static String ratio(long part, long whole) {
        return part + "/" + whole + " = " + percent(part, whole);
    }

    /** "51.3%". */
    public static String percent(long part, long whole) {
        return whole == 0
                ? "—"
                : String.format(
                        Locale.ROOT,
                        "%.1f%%",
                        BigDecimal.valueOf(part * 100L)
                                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }

    /** Records by id; enum constants, names and other comparable items by their natural order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareItems(Object a, Object b) {
        if (a instanceof Evidence x && b instanceof Evidence y) {
            return x.id().compareTo(y.id());
        }
        return ((Comparable) a).compareTo(b);
    }

    private static String idOf(Object item) {
        if (item instanceof Evidence record) {
            return record.id();
        }
        if (item instanceof Issue issue) {
            return issue.evidenceId();
        }
        return String.valueOf(item);
    }
}
