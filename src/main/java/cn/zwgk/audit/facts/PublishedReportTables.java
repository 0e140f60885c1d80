package cn.zwgk.audit.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics tables of one 政府信息公开工作年度报告 as published (or drafted): Table 3 and Table 4 by row,
 * each row a list of counts in the column order of the report year's layout, a blank (null) cell
 * not given (see {@link StatisticsTable}). Task 4's rules check the identities the format implies.
 */
public record PublishedReportTables(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        /** 报告年度，决定所用的国家统一格式 */
        @Required @Label("报告年度") Integer reportYear,
        /** 所属年报的编号（年报记录），可不填 */
        @Label("所属年报") String annualReport,
        /** 表三 收到和处理政府信息公开申请情况：行名 → 各列数字（自然人…其他、总计） */
        @Required @BlankCells @Label("表三") Map<String, List<Integer>> applications,
        /** 表四 行政复议、行政诉讼情况：行名 → 各列数字（结果维持、结果纠正、其他结果、尚未审结、总计） */
        @BlankCells @Label("表四") Map<String, List<Integer>> reviews)
        implements UnitRecord {
    @Override
    public String named() {
        return reportYear + "年度年报统计表";
    }

    public ReportLayout layout() {
        return ReportLayout.forYear(reportYear);
    }

    /** Table 3 as published. */
    public StatisticsTable applicationsTable() {
        return table(layout().rowKeys(), layout().columns(), applications);
    }

    /** Table 4 as published; all zero when not given. */
    public StatisticsTable reviewsTable() {
        return table(ReportLayout.REVIEW_ROWS, layout().reviewColumns(), reviews);
    }

    private static StatisticsTable table(
            List<String> rows, List<String> columns, Map<String, List<Integer>> given) {
        Map<String, int[]> cells = new LinkedHashMap<>();
        List<StatisticsTable.Cell> blanks = new ArrayList<>();
        if (given != null) {
            // Lengths are checked when the record is read; padding only keeps a short row from
            // failing here.
            given.forEach(
                    (row, values) -> {
                        if (values == null) {
                            return;
                        }
                        for (int i = 0; i < values.size() && i < columns.size(); i++) {
                            if (values.get(i) == null) {
                                blanks.add(new StatisticsTable.Cell(row, columns.get(i)));
                            }
                        }
                        cells.put(
                                row,
                                Arrays.copyOf(
                                        values.stream().mapToInt(v -> v == null ? 0 : v).toArray(),
                                        columns.size()));
                    });
        }
        return new StatisticsTable(rows, columns, cells, blanks);
    }

    @Override
    public List<FieldProblem> selfCheck() {
        if (reportYear == null) {
            return List.of();
        }
        List<FieldProblem> problems = new ArrayList<>();
        checkTable(
                "applications",
                "表三",
                layout().rowKeys(),
                layout().columns(),
                applications,
                problems);
        checkTable(
                "reviews",
                "表四",
                ReportLayout.REVIEW_ROWS,
                layout().reviewColumns(),
                reviews,
                problems);
        return problems;
    }

    private void checkTable(
            String field,
            String name,
            List<String> rows,
            List<String> columns,
            Map<String, List<Integer>> given,
            List<FieldProblem> problems) {
        if (given == null) {
            return;
        }
        given.forEach(
                (row, values) -> {
                    String at = field + "/" + row;
                    if (!rows.contains(row)) {
                        problems.add(
                                new FieldProblem(
                                        at,
                                        reportYear
                                                + " 年度（"
                                                + layout().document()
                                                + "）"
                                                + name
                                                + "没有“"
                                                + row
                                                + "”行（应为："
                                                + String.join("、", rows)
                                                + "）"));
                    } else if (values != null && values.size() != columns.size()) {
                        problems.add(
                                new FieldProblem(
                                        at,
                                        name
                                                + "“"
                                                + row
                                                + "”行有 "
                                                + values.size()
                                                + " 个数，应为 "
                                                + columns.size()
                                                + " 个（"
                                                + String.join("、", columns)
                                                + "），空格填 null"));
                    } else if (values != null) {
                        for (int i = 0; i < values.size(); i++) {
                            if (values.get(i) != null && values.get(i) < 0) {
                                problems.add(
                                        new FieldProblem(
                                                at + "/" + i,
                                                name
                                                        + "“"
                                                        + row
                                                        + "”行“"
                                                        + columns.get(i)
                                                        + "”列为负数 "
                                                        + values.get(i)));
                            }
                        }
                    }
                });
    }

    @Override
    public Map<String, Reference> references() {
        return annualReport == null
                ? Map.of()
                : Map.of("annualReport", new Reference(EvidenceKind.ANNUAL_REPORT, annualReport));
    }
}
