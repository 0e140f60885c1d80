package cn.zwgk.audit.facts;

import cn.zwgk.audit.facts.Application.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The statistics tables of the national unified format of the 政府信息公开工作年度报告, one constant per
 * edition: the only place their rows, columns and wording are written down. The generator, the task
 * 4 rules, the evidence checks, the renderers and the tests all read them from here.
 *
 * <p>Table 2 (主动公开政府信息情况) differs: the 2019 edition counts documents made, published and public,
 * items listed a year before and their change, and 政府集中采购; the 2021 one counts documents made,
 * repealed and in force, the year's decisions and the year's fees. Table 3 (收到和处理政府信息公开申请情况) is the
 * same in both editions except for (六)其他处理, a single row in the 2019 edition and three in the 2021
 * one. Table 4 (行政复议、行政诉讼) is the same.
 */
public enum ReportLayout {
    GB_2019("国办公开办函〔2019〕60号", List.of()),
    GB_2021(
            "国办公开办函〔2021〕30号",
            List.of(
                    "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                    "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                    "其他"));

    /**
     * The first report year of the 2021 edition; earlier reports (2019, 2020) follow the 2019 one.
     */
    public static final int FIRST_YEAR_OF_2021_EDITION = 2021;

    /** Table 3's applicant columns, then the 总计 column. */
    public static final List<String> APPLICANT_COLUMNS =
            Stream.of(Application.ApplicantType.values()).map(Enum::name).toList();

    public static final String TOTAL = "总计";

    /**
     * Table 3's header over all its count columns, and over the applicant columns other than 自然人.
     */
    public static final String APPLICANTS = "申请人情况";

    public static final String ORGANISATIONS = "法人或其他组织";
    public static final List<String> ORGANISATION_COLUMNS =
            APPLICANT_COLUMNS.stream()
                    .filter(c -> !c.equals(Application.ApplicantType.自然人.name()))
                    .toList();

    /** Table 3's words over the result rows (一) to (七). */
    public static final String RESULTS_HEADING = "三、本年度办理结果";

    /** Table 3 row keys the identities name. */
    public static final String NEW = "一";

    public static final String CARRIED_IN = "二";
    public static final String RESULTS_TOTAL = "三（七）";
    public static final String CARRIED_OUT = "四";

    /** What a row of Table 2 counts. */
    public enum Matter {
        规章,
        规范性文件,
        行政许可,
        其他对外管理服务事项,
        行政处罚,
        行政强制,
        行政事业性收费,
        政府集中采购
    }

    /** What a column of Table 2 counts. */
    public enum Measure {
        /** Documents made in the year (本年新制作数量, 本年制发件数). */
        MADE,
        /** Documents published in the year (本年新公开数量). */
        PUBLISHED,
        /** Documents public and in force at the end of the year (对外公开总数量). */
        PUBLIC_TOTAL,
        /** Documents repealed in the year (本年废止件数). */
        REPEALED,
        /** Documents in force at the end of the year (现行有效件数). */
        IN_FORCE,
        /** Items on the list at the end of the year before (上一年项目数量). */
        ITEMS_LAST_YEAR,
        /** The change in listed items over the year (本年增/减). */
        ITEMS_CHANGE,
        /** Decisions made in the year (处理决定数量, 本年处理决定数量). */
        DECISIONS,
        /** Procurement projects of the year (采购项目数量). */
        PROJECTS,
        /** An amount of the year in 万元 (采购总金额, 本年收费金额). */
        AMOUNT
    }

    /** A column of Table 2: what it counts and its printed heading. */
    public record Column(Measure measure, String label) {}

    /** A row of Table 2: what it counts and its printed words. */
    public record Line(Matter matter, String label) {}

    /**
     * A section of Table 2, one per item of 条例第二十条 the format reports.
     *
     * @param item the item as printed, e.g. 第二十条第（一）项
     * @param columns its count columns
     * @param rows its rows
     */
    public record Section(String item, List<Column> columns, List<Line> rows) {}

    /** Table 2's heading over the row labels. */
    public static final String MATTER_HEADING = "信息内容";

    /** Table 2 as this edition prints it. */
    public List<Section> proactiveSections() {
        Line licences = new Line(Matter.行政许可, "行政许可");
        Line fees = new Line(Matter.行政事业性收费, "行政事业性收费");
        List<Line> enforcement =
                List.of(new Line(Matter.行政处罚, "行政处罚"), new Line(Matter.行政强制, "行政强制"));
        // Not a switch on this: its synthetic map would read values() while the constants are
        // built.
        if (this == GB_2019) {
            List<Column> items =
                    List.of(
                            new Column(Measure.ITEMS_LAST_YEAR, "上一年项目数量"),
                            new Column(Measure.ITEMS_CHANGE, "本年增/减"));
            List<Column> decided = new ArrayList<>(items);
            decided.add(new Column(Measure.DECISIONS, "处理决定数量"));
            return List.of(
                    documents(
                            "规范性文件",
                            new Column(Measure.MADE, "本年新制作数量"),
                            new Column(Measure.PUBLISHED, "本年新公开数量"),
                            new Column(Measure.PUBLIC_TOTAL, "对外公开总数量")),
                    new Section(
                            "第二十条第（五）项",
                            List.copyOf(decided),
                            List.of(licences, new Line(Matter.其他对外管理服务事项, "其他对外管理服务事项"))),
                    new Section("第二十条第（六）项", List.copyOf(decided), enforcement),
                    new Section("第二十条第（八）项", items, List.of(fees)),
                    new Section(
                            "第二十条第（九）项",
                            List.of(
                                    new Column(Measure.PROJECTS, "采购项目数量"),
                                    new Column(Measure.AMOUNT, "采购总金额")),
                            List.of(new Line(Matter.政府集中采购, "政府集中采购"))));
        }
        List<Column> decided = List.of(new Column(Measure.DECISIONS, "本年处理决定数量"));
        return List.of(
                documents(
                        "行政规范性文件",
                        new Column(Measure.MADE, "本年制发件数"),
                        new Column(Measure.REPEALED, "本年废止件数"),
                        new Column(Measure.IN_FORCE, "现行有效件数")),
                new Section("第二十条第（五）项", decided, List.of(licences)),
                new Section("第二十条第（六）项", decided, enforcement),
                new Section(
                        "第二十条第（八）项",
                        List.of(new Column(Measure.AMOUNT, "本年收费金额（单位：万元）")),
                        List.of(fees)));
    }

    /**
     * 第二十条第（一）项 in either edition: 规章 and the normative documents, under the edition's name for
     * them, counted by the edition's document columns.
     */
    private static Section documents(String normative, Column... columns) {
        return new Section(
                "第二十条第（一）项",
                List.of(columns),
                List.of(new Line(Matter.规章, "规章"), new Line(Matter.规范性文件, normative)));
    }

    /**
     * Table 4: its rows (the kinds of case) and its result columns, the results in the order of
     * {@link ReviewCase.Result} (维持, 纠正, 其他), then 尚未审结.
     */
    public static final List<String> REVIEW_ROWS =
            Stream.of(ReviewCase.Kind.values()).map(Enum::name).toList();

    public static final List<String> REVIEW_RESULT_COLUMNS =
            List.of("结果维持", "结果纠正", "其他结果", "尚未审结");

    /** Table 4's header over the kinds of case that are lawsuits: all but 行政复议. */
    public static final String LITIGATION = "行政诉讼";

    public static final List<String> LITIGATION_ROWS =
            REVIEW_ROWS.stream().filter(k -> !k.equals(ReviewCase.Kind.行政复议.name())).toList();

    /**
     * The printed wording shared by both editions. A nested class, because an enum's own static
     * fields are not yet set while its constants are being built.
     */
    private static final class Printed {
        /** The reasons (情形) the format lists under each outcome that has them, in printed order. */
        static final List<String> WITHHELD =
                List.of(
                        "属于国家秘密",
                        "其他法律行政法规禁止公开",
                        "危及“三安全一稳定”",
                        "保护第三方合法权益",
                        "属于三类内部事务信息",
                        "属于四类过程性信息",
                        "属于行政执法案卷",
                        "属于行政查询事项");

        static final List<String> UNAVAILABLE =
                List.of("本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确");
        static final List<String> NOT_PROCESSED =
                List.of("信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息");
        static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七"};
    }

    private final String document;
    private final List<String> otherHandlingReasons;
    private final List<Row> rows;

    ReportLayout(String document, List<String> otherHandlingReasons) {
        this.document = document;
        this.otherHandlingReasons = otherHandlingReasons;
        this.rows = buildRows();
    }

    /**
     * One row of Table 3.
     *
     * @param key the short name evidence files use, e.g. {@code 三（三）4}
     * @param label the row's words as printed, e.g. {@code （三）不予公开 4.保护第三方合法权益}
     * @param outcome for a result row, the outcome it counts; null for the other rows
     * @param reason for a result row split by reason, the reason it counts
     */
    public record Row(String key, String label, Outcome outcome, String reason) {
        /** Whether this row is one of those (七)总计 adds up. */
        public boolean isResult() {
            return outcome != null;
        }

        /**
         * A split result row's words under its outcome's heading, e.g. {@code 4.保护第三方合法权益}; else
         * empty.
         */
        public String item() {
            return reason == null ? "" : label.substring(heading(outcome).length() + 1);
        }
    }

    /** The printed heading of an outcome's rows, e.g. {@code （三）不予公开}. */
    public static String heading(Outcome outcome) {
        return "（"
                + Printed.ORDINALS[outcome.ordinal()]
                + "）"
                + outcome.name()
                + (outcome == Outcome.部分公开 ? "（区分处理的，只计这一情形，不计其他情形）" : "");
    }

    /** The layout a report year's tables follow. */
    public static ReportLayout forYear(int reportYear) {
        return reportYear < FIRST_YEAR_OF_2021_EDITION ? GB_2019 : GB_2021;
    }

    /** The edition a report cites by its document, e.g. 国办公开办函〔2019〕60号. */
    public static Optional<ReportLayout> ofDocument(String document) {
        return Stream.of(values()).filter(l -> l.document.equals(document)).findFirst();
    }

    /** The document that set this edition, as reports cite it. */
    public String document() {
        return document;
    }

    /** Table 3's rows in printed order. */
    public List<Row> rows() {
        return rows;
    }

    /** The printed words of the Table 3 row with this key; the key itself when there is none. */
    public String label(String key) {
        return rows.stream()
                .filter(r -> r.key().equals(key))
                .map(Row::label)
                .findFirst()
                .orElse(key);
    }

    public List<String> rowKeys() {
        return rows.stream().map(Row::key).toList();
    }

    /** The rows (七)总计 is the sum of: (一) to (六) with their sub-rows. */
    public List<String> resultRowKeys() {
        return rows.stream().filter(Row::isResult).map(Row::key).toList();
    }

    /** Table 3's columns: the applicant columns, then 总计. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>(APPLICANT_COLUMNS);
        columns.add(TOTAL);
        return List.copyOf(columns);
    }

    /** Table 4's columns: the results, then 总计. */
    public List<String> reviewColumns() {
        List<String> columns = new ArrayList<>(REVIEW_RESULT_COLUMNS);
        columns.add(TOTAL);
        return List.copyOf(columns);
    }

    /** The reasons this edition lists under an outcome; empty when the outcome has one row. */
    public List<String> reasons(Outcome outcome) {
        return switch (outcome) {
            case 不予公开 -> Printed.WITHHELD;
            case 无法提供 -> Printed.UNAVAILABLE;
            case 不予处理 -> Printed.NOT_PROCESSED;
            case 其他处理 -> otherHandlingReasons;
            default -> List.of();
        };
    }

    /** The reasons any edition lists under an outcome, which is what an application may record. */
    public static List<String> anyEditionReasons(Outcome outcome) {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        for (ReportLayout layout : values()) {
            all.addAll(layout.reasons(outcome));
        }
        return List.copyOf(all);
    }

    /**
     * The result row an application with this outcome and reason is counted in; empty when the
     * outcome is split by reason and the reason is missing or not one of this edition's.
     */
    public Optional<Row> resultRow(Outcome outcome, String reason) {
        List<String> reasons = reasons(outcome);
        return rows.stream()
                .filter(
                        r ->
                                r.outcome() == outcome
                                        && (reasons.isEmpty() || r.reason().equals(reason)))
                .findFirst();
    }

    private List<Row> buildRows() {
        List<Row> built = new ArrayList<>();
        built.add(new Row(NEW, "一、本年新收政府信息公开申请数量", null, null));
        built.add(new Row(CARRIED_IN, "二、上年结转政府信息公开申请数量", null, null));
        Outcome[] outcomes = Outcome.values();
        for (int i = 0; i < outcomes.length; i++) {
            String heading = heading(outcomes[i]);
            String key = "三（" + Printed.ORDINALS[i] + "）";
            List<String> reasons = reasons(outcomes[i]);
            if (reasons.isEmpty()) {
                built.add(new Row(key, heading, outcomes[i], null));
            }
            for (int r = 0; r < reasons.size(); r++) {
                built.add(
                        new Row(
                                key + (r + 1),
                                heading + " " + (r + 1) + "." + reasons.get(r),
                                outcomes[i],
                                reasons.get(r)));
            }
        }
        built.add(new Row(RESULTS_TOTAL, "（七）总计", null, null));
        built.add(new Row(CARRIED_OUT, "四、结转下年度继续办理", null, null));
        return List.copyOf(built);
    }
}
