package cn.zwgk.audit.verdict;

import cn.zwgk.audit.facts.Application;
import cn.zwgk.audit.facts.Dated;
import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.facts.MajorDecision.Consultation;
import cn.zwgk.audit.facts.Publication;
import cn.zwgk.audit.facts.ReportLayout;
import cn.zwgk.audit.facts.StandardImprovement;
import cn.zwgk.audit.facts.StatisticsTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
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
                .map(item -> cited(item).id())
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * "A、B、C" or, past {@link #LISTED}, "A、B、…、J 等 N 项": records named in a 说明, of one list or of
     * several together.
     */
    @SafeVarargs
    public static String ids(Collection<?>... items) {
        Map<String, String> byId = new TreeMap<>();
        Arrays.stream(items)
                .flatMap(Collection::stream)
                .map(Text::cited)
                .forEach(c -> byId.putIfAbsent(c.id(), c.name()));
        List<String> named = List.copyOf(byId.values());
        if (named.size() <= LISTED) {
            return String.join("、", named);
        }
        return String.join("、", named.subList(0, LISTED)) + " 等 " + named.size() + " 项";
    }

    /**
     * {@code text} when there is at least one of {@code records}, else nothing: a part of a 说明 said
     * only when there is something to say, e.g. "（期限后的记录不计：…）". Which verdict a rule gives is
     * decided in its conditions, never with this.
     */
    public static String ifAny(Collection<?> records, String text) {
        return records.isEmpty() ? "" : text;
    }

    /**
     * "缺少审核记录；环节顺序倒置：…": the parts of a 说明 that have something to say (see {@link #ifAny}), in the
     * order given, "；"-separated.
     */
    public static String clauses(String... parts) {
        return Arrays.stream(parts).filter(p -> !p.isEmpty()).collect(Collectors.joining("；"));
    }

    /** "办理（2020年3月5日）早于审核（2020年3月6日），…": stages of a case recorded out of order. */
    public static String outOfOrder(Collection<Application.Inversion> inversions) {
        return inversions.stream()
                .map(
                        i ->
                                i.stage().name()
                                        + "（"
                                        + date(i.stage().on())
                                        + "）早于"
                                        + i.previous().name()
                                        + "（"
                                        + date(i.previous().on())
                                        + "）")
                .collect(Collectors.joining("，"));
    }

    /** "结果维持 1 + 结果纠正 1 + 其他结果 0": the cells of one row that a total should add up. */
    public static String addends(StatisticsTable table, String row, List<String> columns) {
        return columns.stream()
                .map(c -> c + " " + table.cell(row, c))
                .collect(Collectors.joining(" + "));
    }

    /**
     * "“（一）予以公开”行“自然人”列 年报 2、办理记录 1；…": the cells where a published Table 3 differs from the one
     * generated from case records, in the layout's row and column order.
     */
    public static String differences(
            ReportLayout layout, Collection<StatisticsTable.Difference> cells) {
        return cells.stream()
                .sorted(
                        inLayoutOrder(
                                layout,
                                StatisticsTable.Difference::row,
                                StatisticsTable.Difference::column))
                .map(
                        d ->
                                cell(layout, d.row(), d.column())
                                        + " 年报 "
                                        + d.here()
                                        + "、办理记录 "
                                        + d.there())
                .collect(Collectors.joining("；"));
    }

    /**
     * "“（一）予以公开”行“总计”列、…": cells a published table left blank, in the layout's row and column
     * order, the first {@link #LISTED} and then the total; a row the layout does not label (Table
     * 4) by its own name.
     */
    public static String blanks(ReportLayout layout, Collection<StatisticsTable.Cell> cells) {
        String listed =
                cells.stream()
                        .sorted(
                                inLayoutOrder(
                                        layout,
                                        StatisticsTable.Cell::row,
                                        StatisticsTable.Cell::column))
                        .map(c -> cell(layout, c.row(), c.column()))
                        .limit(LISTED)
                        .collect(Collectors.joining("、"));
        return cells.size() <= LISTED ? listed : listed + " 等 " + cells.size() + " 格";
    }

    /**
     * Table cells in the order the layout prints them: by row, then by column; a row or column the
     * layout does not have (Table 4's) first.
     */
    private static <T> Comparator<T> inLayoutOrder(
            ReportLayout layout, Function<T, String> row, Function<T, String> column) {
        List<String> rows = layout.rowKeys();
        List<String> columns = layout.columns();
        return Comparator.<T>comparingInt(c -> rows.indexOf(row.apply(c)))
                .thenComparingInt(c -> columns.indexOf(column.apply(c)));
    }

    /**
     * "“（一）予以公开”行“自然人”列": a cell as the printed table names it; a row the layout does not label by
     * its own name ({@link ReportLayout#label}).
     */
    private static String cell(ReportLayout layout, String row, String column) {
        return "“" + layout.label(row) + "”行“" + column + "”列";
    }

    /** One record named in a 说明 ({@link Evidence#named()}). */
    public static String id(Evidence record) {
        return record.named();
    }

    /** "A（2020年5月1日）、B（2020年5月3日）": records with their dates, ordered by id. */
    public static String dated(Collection<? extends Dated> records) {
        return dated(records, "");
    }

    /**
     * "“A”（2020年3月16日，成效：…）、“B”（2020年5月12日，未记录成效）": improvements (task 24) with their dates and
     * measured effects, ordered by id.
     */
    public static String measured(Collection<StandardImprovement> improvements) {
        return improvements.stream()
                .sorted(Comparator.comparing(StandardImprovement::id))
                .map(
                        i ->
                                i.named()
                                        + "（"
                                        + date(i.date())
                                        + (i.effect() == null ? "，未记录成效" : "，成效：" + i.effect())
                                        + "）")
                .collect(Collectors.joining("、"));
    }

    /**
     * "A（2020年3月20日 印发）、B（…）": records with their dates and what happened on them ({@code event},
     * e.g. " 印发"), ordered by id.
     */
    public static String dated(Collection<? extends Dated> records, String event) {
        return records.stream()
                .sorted(Comparator.comparing(Dated::id))
                .map(r -> r.named() + "（" + date(r.date()) + event + "）")
                .collect(Collectors.joining("、"));
    }

    /**
     * "A（2020年5月1日，区政府网站）；B（2020年5月3日，未注明发布平台）": documents ordered by id, each with the date and
     * the platform of its publication.
     */
    public static String published(Collection<Publication> documents) {
        return eachDocument(
                documents,
                p ->
                        id(p)
                                + "（"
                                + date(p.publishedOn())
                                + "，"
                                + (p.platform() == null ? "未注明发布平台" : p.platform())
                                + "）");
    }

    /**
     * "IN-2 2020年5月11日 发布，晚 1 天；IN-3 缺少审签日期": how many days each record's date of {@code event} is
     * after or before a reference date (such as its policy's), ordered by id; a record without that
     * date says so.
     */
    public static String offsets(
            Collection<? extends Dated> records, LocalDate reference, String event) {
        return records.stream()
                .sorted(Comparator.comparing(Dated::id))
                .map(r -> r.named() + " " + offset(r.date(), reference, event))
                .collect(Collectors.joining("；"));
    }

    private static String offset(LocalDate day, LocalDate reference, String event) {
        if (day == null) {
            return "缺少" + event + "日期";
        }
        long days = ChronoUnit.DAYS.between(reference, day);
        return date(day) + " " + event + "，" + (days > 0 ? "晚 " + days : "早 " + -days) + " 天";
    }

    /** "座谈 2020年5月6日、网上征求意见 2020年5月10日": how and when opinion was heard, in the order given. */
    public static String consultedOn(Collection<Consultation> consultations) {
        return consultations.stream()
                .map(c -> c.method() + " " + date(c.date()))
                .collect(Collectors.joining("、"));
    }

    /** A date in a 说明. */
    public static String date(LocalDate day) {
        return Labels.date(day);
    }

    /**
     * "当日" or "后第 N 个工作日": when something was done after an event, in working days counted from the
     * day after it ("施行" + workingDayAfter(3) is "施行后第 3 个工作日").
     */
    public static String workingDayAfter(int workingDays) {
        return workingDays == 0 ? "当日" : "后第 " + workingDays + " 个工作日";
    }

    /** "2020年4月26日至2020年5月26日". */
    public static String period(LocalDate from, LocalDate to) {
        return date(from) + "至" + date(to);
    }

    /** A month in a 说明: "2020年3月". */
    public static String month(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    /** "2020年3月、2020年5月": months in calendar order. */
    public static String months(Collection<YearMonth> months) {
        return months.stream().sorted().map(Text::month).collect(Collectors.joining("、"));
    }

    /** "2020年1月至2020年12月的 12 个月": a run of consecutive months, which must not be empty. */
    public static String monthSpan(Collection<YearMonth> months) {
        List<YearMonth> sorted = months.stream().sorted().toList();
        return month(sorted.get(0))
                + "至"
                + month(sorted.get(sorted.size() - 1))
                + "的 "
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
     * "政策缺少审签日期，无法核对同步审签，无任何解读": the texts of one record's {@link IssuePart}s in their order,
     * joined by {@code separator}.
     */
    public static String parts(Collection<IssuePart> parts, String separator) {
        return parts.stream()
                .sorted(Comparator.comparingInt(IssuePart::order).thenComparing(IssuePart::text))
                .map(IssuePart::text)
                .collect(Collectors.joining(separator));
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
                        .map(i -> i.named() + " " + i.text())
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
                                Issue::evidenceId, LinkedHashMap::new, Collectors.toList()))
                .values()
                .stream()
                .map(
                        same ->
                                same.get(0).named()
                                        + " "
                                        + same.stream()
                                                .map(Issue::text)
                                                .collect(Collectors.joining("、")))
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

    /** Each document described, ordered by id, "；"-separated. */
    private static String eachDocument(
            Collection<Publication> documents, Function<Publication, String> describe) {
        return documents.stream()
                .sorted(Comparator.comparing(Publication::id))
                .map(describe)
                .collect(Collectors.joining("；"));
    }

    /** Records by id; enum constants, names and other comparable items by their natural order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareItems(Object a, Object b) {
        if (a instanceof Evidence x && b instanceof Evidence y) {
            return x.id().compareTo(y.id());
        }
        return ((Comparable) a).compareTo(b);
    }

    /** An item as a 说明 cites it: the id a verdict lists, and how the text names it. */
    private record Cited(String id, String name) {}

    /**
     * A record by its id and {@code named()}; an {@link Issue} as the record it is about; anything
     * else (an id given as text) as itself.
     */
    private static Cited cited(Object item) {
        if (item instanceof Evidence record) {
            return new Cited(record.id(), record.named());
        }
        if (item instanceof Issue issue) {
            return new Cited(issue.evidenceId(), issue.named());
        }
        return new Cited(String.valueOf(item), String.valueOf(item));
    }
}
