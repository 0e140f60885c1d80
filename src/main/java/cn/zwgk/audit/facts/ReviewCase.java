package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A 行政复议 or 行政诉讼 case brought over the bureau's handling of information disclosure: what 年报表四
 * counts. A case without a result concluded by the year's end is 尚未审结.
 */
public record ReviewCase(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        /** 案件类型：行政复议、未经复议直接起诉或复议后起诉 */
        @Required @Label("案件类型") Kind kind,
        /** 申请复议或起诉日期 */
        @Required @Label("申请复议或起诉日期") LocalDate filedOn,
        /** 审结结果：维持、纠正或其他；未审结时不填 */
        @Label("审结结果") Result result,
        /** 审结日期；未审结时不填 */
        @Label("审结日期") LocalDate concludedOn)
        implements UnitRecord {

    /** Table 4's rows, as the format prints them. */
    public enum Kind {
        行政复议,
        未经复议直接起诉,
        复议后起诉
    }

    /** Table 4's result columns, in printed order (结果维持, 结果纠正, 其他结果). */
    public enum Result {
        维持,
        纠正,
        其他
    }

    /** Whether the case had a result by the end of a year; otherwise it counts as 尚未审结. */
    public boolean concludedBy(int year) {
        return result != null && concludedOn != null && concludedOn.getYear() <= year;
    }

    @Override
    public List<FieldProblem> selfCheck() {
        List<FieldProblem> problems =
                new ArrayList<>(
                        FieldProblem.notBefore(
                                "concludedOn", "审结日期", concludedOn, "申请复议或起诉日期", filedOn));
        if ((result == null) != (concludedOn == null)) {
            problems.add(
                    new FieldProblem(
                            result == null ? "result" : "concludedOn", "审结结果与审结日期应同时填写（未审结时都不填）"));
        }
        return problems;
    }
}
