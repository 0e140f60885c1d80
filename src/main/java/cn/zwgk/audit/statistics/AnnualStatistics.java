package cn.zwgk.audit.statistics;

import cn.zwgk.audit.facts.Application;
import cn.zwgk.audit.facts.CreditDisclosure;
import cn.zwgk.audit.facts.ReportLayout;
import cn.zwgk.audit.facts.ReviewCase;
import cn.zwgk.audit.facts.StatisticsTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The annual report's Table 3 and Table 4 generated from case records, in the layout of the report
 * year. The report shows them, and task 4's rules compare a published Table 3 with them cell by
 * cell.
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
     * The rows of Table 2 the evidence supports: the 行政许可 and 行政处罚 decisions made in {@code year},
     * from the 双公示 records; other records in the collection are ignored.
     */
    public static StatisticsTable decisions(int year, Collection<?> records) {
        Map<String, int[]> cells = new LinkedHashMap<>();
        ReportLayout.DECISION_ROWS.forEach(row -> cells.put(row, new int[1]));
        for (Object record : records) {
            if (record instanceof CreditDisclosure d && d.decisionOn().getYear() == year) {
                cells.get(d.type().name())[0]++;
            }
        }
        return new StatisticsTable(
                ReportLayout.DECISION_ROWS,
                List.of(ReportLayout.forYear(year).decisionsColumn()),
                cells);
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
