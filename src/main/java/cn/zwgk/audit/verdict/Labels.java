package cn.zwgk.audit.verdict;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The fixed words of every report and of {@code zwgk explain}: the labels of the states and of the
 * outcomes rules give, and the terms of a self-assessment (README, “交出去的文件”). The outputs are the
 * bureau's own 自查 read by the district 政务公开办, so they say 佐证材料 rather than 证据 and 存在问题 rather than
 * 审计发现. Written here once, so that no two formats word a state differently.
 */
public final class Labels {
    private Labels() {}

    /**
     * A state's word, and the same in two characters so that a units × tasks matrix of 34 columns
     * fits a screen.
     */
    private record Words(String full, String brief) {}

    /** Keyed once, so that no state can have one word and lack the other. */
    private static final Map<State, Words> STATES =
            new EnumMap<>(
                    Map.of(
                            State.PASS, new Words("已完成", "完成"),
                            State.FAIL, new Words("未完成", "未完"),
                            State.PENDING, new Words("未到期", "未到"),
                            State.NO_EVIDENCE, new Words("未提供佐证材料", "无据"),
                            State.NOT_APPLICABLE, new Words("不适用", "不适"),
                            State.WAIVED, new Words("经批准调整", "调整")));

    private static final Map<Outcome, String> OUTCOMES =
            new EnumMap<>(
                    Map.of(
                            Outcome.PASS, "已完成",
                            Outcome.ON_TRACK, "进展正常",
                            Outcome.FAIL, "未完成",
                            Outcome.UNMET, "尚未达到",
                            Outcome.OPEN, "时限未满",
                            Outcome.NOT_APPLICABLE, "不适用"));

    /** The supporting records a result rests on. */
    public static final String EVIDENCE = "佐证材料";

    /** The self-assessment's word for what is wrong. */
    public static final String PROBLEM = "存在问题";

    /** What the bureau will do about a 未完成 task. */
    public static final String RECTIFICATION = "整改措施";

    /** Who answers for a rectification. */
    public static final String RECTIFICATION_UNIT = "整改责任单位";

    /** By when a rectification is to be done. */
    public static final String RECTIFICATION_DATE = "整改时限";

    /** The subject of a finding about the organisation as a whole rather than one unit. */
    public static final String WHOLE = "整体";

    /** A waiver or rectification that names no unit covers the task for every responsible unit. */
    public static final String ALL_UNITS = "全部责任单位";

    /** What the secondary line for auditors names: the rule a finding came from. */
    public static final String RULE = "规则";

    /**
     * The title of the self-assessment reports, after the organisation and year: 自查, the bureau's
     * own.
     */
    public static final String REPORT_TITLE = "政务公开工作任务自查报告";

    /** The heading of the units × tasks matrix. */
    public static final String UNITS_OVERVIEW = "各单位完成情况一览";

    /** The heading of each task's results with the findings behind them. */
    public static final String TASK_DETAILS = "各任务完成情况及依据";

    /** The date the results are judged at, as the reports head it. */
    public static final String AS_OF = "截至日期";

    /**
     * The mark of something a person must still write into a draft; {@link #gap(String)} says what.
     */
    public static final String GAP = "【待填写】";

    /** The opening of every gap mark, by which a writer (or a test) finds them all. */
    public static final String GAP_START = "【待填写";

    /** The word of a state, as the 完成情况 column prints it. */
    public static String of(State state) {
        return STATES.get(state).full();
    }

    /** A state in two characters, for a matrix cell; a legend gives {@link #of(State)}. */
    public static String shortOf(State state) {
        return STATES.get(state).brief();
    }

    /** The word of one rule's outcome, as findings print it. */
    public static String of(Outcome outcome) {
        return OUTCOMES.get(outcome);
    }

    /** An outcome with what it becomes, for a reader tracing how a state was reached. */
    public static String meaning(Outcome outcome) {
        return switch (outcome) {
            case UNMET ->
                    of(outcome) + "（期限前为" + of(State.PENDING) + "，期限后为" + of(State.FAIL) + "）";
            case ON_TRACK ->
                    of(outcome) + "（期限前为" + of(State.PENDING) + "，期限后为" + of(State.PASS) + "）";
            case OPEN -> of(outcome) + "（无论期限是否已到，均为" + of(State.PENDING) + "）";
            default -> of(outcome);
        };
    }

    /** "逾期完成（晚 2 个工作日）": a FAIL that was done, late. */
    public static String of(Lateness late) {
        return "逾期完成（晚 " + late.days() + (late.workingDays() ? " 个工作日" : " 天") + "）";
    }

    /** "【待填写：联系电话】": a gap in a draft, saying what belongs there. */
    public static String gap(String what) {
        return GAP_START + "：" + what + "】";
    }

    /** "2020年5月26日", as documents for official use write a date. */
    public static String date(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
