package cn.zwgk.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.report.PrintedTable.Cell;
import cn.zwgk.audit.report.PrintedTable.Placed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables 3 and 4 laid out as the national format prints them, in both editions. */
class PrintedTableTest {
    private static final AuditReport.AnnualTables Y2020 =
            ReportBuilder.annualTables(2020, List.of());
    private static final AuditReport.AnnualTables Y2021 =
            ReportBuilder.annualTables(2021, List.of());

    @Test
    void table3HeaderGroupsTheApplicantColumnsUnderThreeLevels() {
        PrintedTable t = PrintedTable.applications(Y2020.applications(), Y2020.layout());
        assertThat(t.width()).isEqualTo(3 + 7);
        assertThat(t.header().get(0))
                .containsExactly(Cell.heading("项目", 3, 3), Cell.heading("申请人情况", 7, 1));
        assertThat(t.header().get(1))
                .containsExactly(
                        Cell.heading("自然人", 1, 2),
                        Cell.heading("法人或其他组织", 5, 1),
                        Cell.heading("总计", 1, 2));
        assertThat(t.header().get(2))
                .extracting(Cell::text)
                .containsExactly("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
    }

    @Test
    void table3GroupsTheResultRowsUnderTheirOutcomeIn2019Edition() {
        PrintedTable t = PrintedTable.applications(Y2020.applications(), Y2020.layout());
        List<List<Cell>> body = t.body();
        assertThat(body).hasSize(Y2020.applications().rows().size());
        assertThat(body.get(0).get(0)).isEqualTo(Cell.label("一、本年新收政府信息公开申请数量", 3, 1));
        // 予以公开, 部分公开, 8 withheld, 3 unavailable, 5 not processed, 其他处理, then （七）总计
        assertThat(body.get(2).subList(0, 2))
                .containsExactly(Cell.label("三、本年度办理结果", 1, 20), Cell.label("（一）予以公开", 2, 1));
        assertThat(body.get(4).subList(0, 2))
                .containsExactly(Cell.label("（三）不予公开", 1, 8), Cell.label("1.属于国家秘密", 1, 1));
        assertThat(body.get(5).get(0))
                .as("a later reason row has only its own label")
                .isEqualTo(Cell.label("2.其他法律行政法规禁止公开", 1, 1));
        assertThat(body.get(20).get(0)).isEqualTo(Cell.label("（六）其他处理", 2, 1));
        assertThat(body.get(21).get(0)).isEqualTo(Cell.label("（七）总计", 2, 1));
        assertThat(body.get(22).get(0)).isEqualTo(Cell.label("四、结转下年度继续办理", 3, 1));
        assertEveryPositionCoveredOnce(t);
    }

    @Test
    void table3Of2021EditionSplitsOtherHandlingIntoItsThreeReasons() {
        PrintedTable t = PrintedTable.applications(Y2021.applications(), Y2021.layout());
        assertThat(t.body().get(2).get(0)).isEqualTo(Cell.label("三、本年度办理结果", 1, 22));
        assertThat(t.body().get(20).subList(0, 2))
                .containsExactly(
                        Cell.label("（六）其他处理", 1, 3),
                        Cell.label("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 1, 1));
        assertThat(t.body().get(23).get(0)).isEqualTo(Cell.label("（七）总计", 2, 1));
        assertEveryPositionCoveredOnce(t);
    }

    @Test
    void table4IsOneWideRowWithLitigationSplitByKind() {
        AuditReport.StatisticsGrid grid = Y2020.reviews();
        PrintedTable t = PrintedTable.reviews(grid);
        List<String> results = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        assertThat(t.width()).isEqualTo(15);
        assertThat(t.header().get(0))
                .containsExactly(Cell.heading("行政复议", 5, 1), Cell.heading("行政诉讼", 10, 1));
        assertThat(t.header().get(1))
                .extracting(Cell::text)
                .containsExactly("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉");
        assertThat(t.header().get(1).subList(0, 5)).allMatch(c -> c.rows() == 2);
        assertThat(t.header().get(2))
                .extracting(Cell::text)
                .containsExactlyElementsOf(concat(results, results));
        List<String> values =
                grid.rows().stream()
                        .flatMap(r -> r.values().stream())
                        .map(String::valueOf)
                        .toList();
        assertThat(t.body())
                .singleElement()
                .satisfies(
                        row ->
                                assertThat(row)
                                        .extracting(Cell::text)
                                        .containsExactlyElementsOf(values));
        assertEveryPositionCoveredOnce(t);
    }

    /** Each cell covers exactly its span, with no gap and no overlap: what Word and HTML need. */
    private static void assertEveryPositionCoveredOnce(PrintedTable t) {
        List<List<Placed>> placed = t.placed();
        assertThat(placed).hasSize(t.header().size() + t.body().size());
        int cells = 0;
        for (List<Placed> row : placed) {
            assertThat(row).hasSize(t.width()).doesNotContainNull();
            cells += (int) row.stream().filter(p -> p.firstRow() && p.firstColumn()).count();
        }
        List<List<Cell>> all = new ArrayList<>(t.header());
        all.addAll(t.body());
        int area = all.stream().flatMap(List::stream).mapToInt(c -> c.rows() * c.columns()).sum();
        assertThat(area).as("the cells' spans tile the grid").isEqualTo(placed.size() * t.width());
        assertThat(cells).isEqualTo(all.stream().mapToInt(List::size).sum());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
