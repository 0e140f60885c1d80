package cn.zwgk.audit.statistics;

import cn.zwgk.audit.facts.Application;
import cn.zwgk.audit.facts.AttributeReview;
import cn.zwgk.audit.facts.CreditDisclosure;
import cn.zwgk.audit.facts.EnforcementDecision;
import cn.zwgk.audit.facts.Interpretation;
import cn.zwgk.audit.facts.Meeting;
import cn.zwgk.audit.facts.NormativeDocument;
import cn.zwgk.audit.facts.OfficialDocument;
import cn.zwgk.audit.facts.OpenEvent;
import cn.zwgk.audit.facts.Policy;
import cn.zwgk.audit.facts.PowerItem;
import cn.zwgk.audit.facts.PublicConcern;
import cn.zwgk.audit.facts.ReportLayout;
import cn.zwgk.audit.facts.ReportLayout.Matter;
import cn.zwgk.audit.facts.ReportLayout.Measure;
import cn.zwgk.audit.facts.ResourceAllocation;
import cn.zwgk.audit.facts.ReviewCase;
import cn.zwgk.audit.facts.StatisticsTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The annual report's Tables 2, 3 and 4 generated from records, in the layout of the report year,
 * and the year's figures its 总体情况 cites. The report shows them, and task 4's rules compare a
 * published Table 3 with them cell by cell.
 *
 * <p>Table 3 for year Y: 一 counts cases received in Y; 二 cases received earlier and not answered by
 * the end of Y−1; a case counted in either is a result in (一)–(六) when answered (replied with an
 * outcome) by the end of Y, otherwise it is carried over to 四. So 一 + 二 = (七) + 四 holds by
 * construction for every case that can be placed; one that cannot (no applicant type, or an outcome
 * split by reason without one of this layout's reasons) is listed instead of being guessed.
 */
public final class AnnualStatistics {
    private AnnualStatistics() {}

    /** A case record that could not be counted, and why. */
    public record Unplaced(String id, String reason) {}

    /** Table 3 and the cases it could not place. */
    public record ApplicationsTable(
            ReportLayout layout, StatisticsTable table, List<Unplaced> unplaced) {}

    /**
     * Table 3 of {@code year} from application records; other records in the collection are
     * ignored.
     */
    public static ApplicationsTable applications(int year, Collection<?> records) {
        ReportLayout layout = ReportLayout.forYear(year);
        List<String> columns = layout.columns();
        Map<String, int[]> cells = new LinkedHashMap<>();
        layout.rowKeys().forEach(row -> cells.put(row, new int[columns.size()]));
        List<Unplaced> unplaced = new ArrayList<>();
        for (Object record : records) {
            if (!(record instanceof Application a)
                    || a.receivedOn().getYear() > year
                    || a.answeredBy(year - 1)) {
                continue;
            }
            if (a.applicantType() == null) {
                unplaced.add(new Unplaced(a.id(), "未注明申请人类型"));
                continue;
            }
            String result = ReportLayout.CARRIED_OUT;
            if (a.answeredBy(year)) {
                Optional<ReportLayout.Row> row = layout.resultRow(a.outcome(), a.outcomeReason());
                if (row.isEmpty()) {
                    unplaced.add(
                            new Unplaced(
                                    a.id(),
                                    "办理结果“"
                                            + a.outcome()
                                            + "”"
                                            + (a.outcomeReason() == null
                                                    ? "未注明情形"
                                                    : "的情形“"
                                                            + a.outcomeReason()
                                                            + "”不在"
                                                            + layout.document()
                                                            + "的表三中")));
                    continue;
                }
                result = row.get().key();
            }
            int column = columns.indexOf(a.applicantType().name());
            String start =
                    a.receivedOn().getYear() == year ? ReportLayout.NEW : ReportLayout.CARRIED_IN;
            for (String row :
                    a.answeredBy(year)
                            ? List.of(start, result, ReportLayout.RESULTS_TOTAL)
                            : List.of(start, result)) {
                cells.get(row)[column]++;
            }
        }
        int total = columns.indexOf(ReportLayout.TOTAL);
        cells.values()
                .forEach(
                        values -> {
                            for (int c = 0; c < total; c++) {
                                values[total] += values[c];
                            }
                        });
        return new ApplicationsTable(
                layout, new StatisticsTable(layout.rowKeys(), columns, cells), unplaced);
    }

    /**
     * Table 2 of {@code year}: the cells the evidence gives, by row and column; a cell absent from
     * the map is one the evidence does not give. A register (规章和规范性文件, 权责清单事项) or a kind of
     * decision record counts as complete once it holds any record, so a row it has nothing for is
     * 0; a kind with no records at all gives nothing. 其他对外管理服务事项's decisions and the 2021 format's
     * fee income have no records behind them.
     */
    public static Map<Matter, Map<Measure, BigDecimal>> proactive(int year, Collection<?> records) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate endBefore = end.minusYears(1);
        Map<Matter, Map<Measure, BigDecimal>> cells = new EnumMap<>(Matter.class);
        List<NormativeDocument> documents = only(records, NormativeDocument.class);
        if (!documents.isEmpty()) {
            for (NormativeDocument.Type type : NormativeDocument.Type.values()) {
                List<NormativeDocument> ofType =
                        documents.stream().filter(d -> d.type() == type).toList();
                Map<Measure, BigDecimal> row =
                        cells.computeIfAbsent(
                                type == NormativeDocument.Type.规章 ? Matter.规章 : Matter.规范性文件,
                                m -> new EnumMap<>(Measure.class));
                row.put(Measure.MADE, count(ofType, d -> d.issuedOn().getYear() == year));
                row.put(Measure.PUBLISHED, count(ofType, d -> in(d.publishedOn(), year)));
                row.put(
                        Measure.PUBLIC_TOTAL,
                        count(
                                ofType,
                                d ->
                                        d.publishedOn() != null
                                                && !d.publishedOn().isAfter(end)
                                                && d.inForceOn(end)));
                row.put(Measure.REPEALED, count(ofType, d -> in(d.repealedOn(), year)));
                row.put(Measure.IN_FORCE, count(ofType, d -> d.inForceOn(end)));
            }
        }
        List<PowerItem> items = only(records, PowerItem.class);
        if (!items.isEmpty()) {
            for (PowerItem.Category category : PowerItem.Category.values()) {
                List<PowerItem> ofCategory =
                        items.stream().filter(i -> i.category() == category).toList();
                BigDecimal before = count(ofCategory, i -> i.onListAt(endBefore));
                Map<Measure, BigDecimal> row =
                        cells.computeIfAbsent(
                                Matter.valueOf(category.name()), m -> new EnumMap<>(Measure.class));
                row.put(Measure.ITEMS_LAST_YEAR, before);
                row.put(
                        Measure.ITEMS_CHANGE,
                        count(ofCategory, i -> i.onListAt(end)).subtract(before));
            }
        }
        List<CreditDisclosure> disclosures = only(records, CreditDisclosure.class);
        if (!disclosures.isEmpty()) {
            for (CreditDisclosure.Type type : CreditDisclosure.Type.values()) {
                if (!type.doublePublicity()) {
                    continue;
                }
                cells.computeIfAbsent(
                                Matter.valueOf(type.name()), m -> new EnumMap<>(Measure.class))
                        .put(
                                Measure.DECISIONS,
                                count(
                                        disclosures,
                                        d -> d.type() == type && d.decisionOn().getYear() == year));
            }
        }
        List<EnforcementDecision> enforcement = only(records, EnforcementDecision.class);
        if (!enforcement.isEmpty()) {
            cells.computeIfAbsent(Matter.行政强制, m -> new EnumMap<>(Measure.class))
                    .put(
                            Measure.DECISIONS,
                            count(enforcement, d -> d.decidedOn().getYear() == year));
        }
        procurement(year, records, cells);
        return cells;
    }

    /**
     * 政府集中采购: the year's 政府采购 items, given only when each states whether it was centralised, and
     * their total in 万元 only when each centralised one states its amount.
     */
    private static void procurement(
            int year, Collection<?> records, Map<Matter, Map<Measure, BigDecimal>> cells) {
        List<ResourceAllocation> purchases =
                only(records, ResourceAllocation.class).stream()
                        .filter(
                                r ->
                                        r.type() == ResourceAllocation.Type.政府采购
                                                && r.eventOn().getYear() == year)
                        .toList();
        if (purchases.isEmpty() || purchases.stream().anyMatch(r -> r.centralised() == null)) {
            return;
        }
        List<ResourceAllocation> centralised =
                purchases.stream().filter(ResourceAllocation::centralised).toList();
        Map<Measure, BigDecimal> row = new EnumMap<>(Measure.class);
        row.put(Measure.PROJECTS, BigDecimal.valueOf(centralised.size()));
        if (centralised.stream().allMatch(r -> r.amount() != null)) {
            row.put(
                    Measure.AMOUNT,
                    BigDecimal.valueOf(
                                    centralised.stream()
                                            .mapToLong(ResourceAllocation::amount)
                                            .sum())
                            .divide(YUAN_PER_WAN, 2, RoundingMode.HALF_UP));
        }
        cells.put(Matter.政府集中采购, row);
    }

    /** Amounts are recorded in 元 and reported in 万元. */
    private static final BigDecimal YUAN_PER_WAN = BigDecimal.valueOf(10_000);

    /**
     * Figures of a report year that 一、总体情况 cites.
     *
     * @param policies policy documents published in the year
     * @param interpretations policy interpretations published
     * @param concerns public concerns received
     * @param concernsAnswered of those, answered by the end of the records
     * @param openEvents government open days, weeks and online sessions begun
     * @param attributeReviews official documents whose disclosure attribute was reviewed
     * @param filedDocuments official documents filed on the disclosure platform
     * @param trainings training sessions held
     * @param leaderBriefings reports heard by the principal leader
     */
    public record Overview(
            Integer policies,
            Integer interpretations,
            Integer concerns,
            Integer concernsAnswered,
            Integer openEvents,
            Integer attributeReviews,
            Integer filedDocuments,
            Integer trainings,
            Integer leaderBriefings) {}

    /**
     * The figures of {@code year}: how many records of each kind fall in it, or null where the
     * evidence has no record of that kind at all, so that a draft says nothing it cannot know.
     */
    public static Overview overview(int year, Collection<?> records) {
        List<PublicConcern> concerns = only(records, PublicConcern.class);
        List<Meeting> meetings = only(records, Meeting.class);
        return new Overview(
                inYear(records, Policy.class, year, Policy::publishedOn),
                inYear(records, Interpretation.class, year, Interpretation::publishedOn),
                inYear(records, PublicConcern.class, year, PublicConcern::receivedOn),
                concerns.isEmpty()
                        ? null
                        : (int)
                                concerns.stream()
                                        .filter(
                                                c ->
                                                        c.receivedOn().getYear() == year
                                                                && c.respondedOn() != null)
                                        .count(),
                inYear(records, OpenEvent.class, year, OpenEvent::startDate),
                inYear(records, AttributeReview.class, year, AttributeReview::reviewedOn),
                inYear(records, OfficialDocument.class, year, OfficialDocument::filedOn),
                meetings.isEmpty() ? null : meetingsOf(meetings, Meeting.Type.业务培训, year),
                meetings.isEmpty() ? null : meetingsOf(meetings, Meeting.Type.主要领导听取汇报, year));
    }

    private static int meetingsOf(List<Meeting> meetings, Meeting.Type type, int year) {
        return (int)
                meetings.stream()
                        .filter(m -> m.type() == type && m.date().getYear() == year)
                        .count();
    }

    /** How many records of a kind have a date in the year; null when there are none of the kind. */
    private static <T> Integer inYear(
            Collection<?> records, Class<T> kind, int year, Function<T, LocalDate> date) {
        List<T> all = only(records, kind);
        return all.isEmpty()
                ? null
                : (int) all.stream().filter(r -> in(date.apply(r), year)).count();
    }

    private static boolean in(LocalDate day, int year) {
        return day != null && day.getYear() == year;
    }

    private static <T> BigDecimal count(List<T> records, Predicate<T> which) {
        return BigDecimal.valueOf(records.stream().filter(which).count());
    }

    private static <T> List<T> only(Collection<?> records, Class<T> kind) {
        return records.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /**
     * Table 4 of {@code year}: the cases filed in that year, by kind, with the result they had by
     * its end (尚未审结 when none); other records in the collection are ignored.
     */
    public static StatisticsTable reviews(int year, Collection<?> records) {
        List<String> columns = ReportLayout.forYear(year).reviewColumns();
        Map<String, int[]> cells = new LinkedHashMap<>();
        ReportLayout.REVIEW_ROWS.forEach(row -> cells.put(row, new int[columns.size()]));
        for (Object record : records) {
            if (record instanceof ReviewCase c && c.filedOn().getYear() == year) {
                int[] row = cells.get(c.kind().name());
                row[
                        c.concludedBy(year)
                                ? c.result().ordinal()
                                : ReportLayout.REVIEW_RESULT_COLUMNS.size() - 1]++;
                row[columns.size() - 1]++;
            }
        }
        return new StatisticsTable(ReportLayout.REVIEW_ROWS, columns, cells);
    }
}
