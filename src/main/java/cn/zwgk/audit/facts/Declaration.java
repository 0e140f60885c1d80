package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A signed statement that the situation a task is about did not arise in a period, such as
 * "2020年本单位未发生重大突发事件": the only ground on which a task is 不适用 (requirements, "How a verdict is
 * reached", principle 2). With no record of the situation and no declaration a task is 未提供佐证材料, or
 * 未到期 before its deadline.
 *
 * <p>A declaration speaks of a period that is over: one signed before the end of the period it
 * declares is refused as bad input, and one whose period ends after the audit date does not exist
 * yet on that date (so a task is never declared 不适用 about a year not yet over).
 *
 * @param id unique id
 * @param task the task whose situation did not arise; must be in the catalog
 * @param unit the unit that declares it, or null for the bureau as a whole; must be one of the
 *     task's units
 * @param from the first day of the period declared
 * @param to the last day of the period declared
 * @param statement what is declared, in the declarant's words
 * @param signedBy who signed it
 * @param signedOn when it was signed: not before {@code to}
 */
public record Declaration(
        @Required @Label("编号") String id,
        @Required @Label("任务序号") Integer task,
        @Label("单位") String unit,
        @Required @Label("声明期间起") LocalDate from,
        @Required @Label("声明期间止") LocalDate to,
        @Required @Label("声明内容") String statement,
        @Required @Label("签发人") String signedBy,
        @Required @Label("签发日期") LocalDate signedOn)
        implements NamesTask, Dated {

    /**
     * Whether it declares, for {@code unitName} (a bureau-wide declaration speaks for every unit),
     * the whole of the period from {@code first} to {@code last}.
     */
    public boolean covers(String unitName, LocalDate first, LocalDate last) {
        return (unit == null || unit.equals(unitName))
                && !from.isAfter(first)
                && !to.isBefore(last);
    }

    @Override
    public LocalDate date() {
        return signedOn;
    }

    @Override
    public String named() {
        return "情况声明“" + statement + "”（" + signedBy + "签发）";
    }

    @Override
    public List<String> units() {
        return unit == null ? List.of() : List.of(unit);
    }

    @Override
    public List<FieldProblem> selfCheck() {
        List<FieldProblem> problems =
                new ArrayList<>(FieldProblem.notBefore("to", "声明期间止", to, "声明期间起", from));
        problems.addAll(
                FieldProblem.notBefore(
                        "signedOn", "签发日期", signedOn, "声明期间止（所声明的期间结束前不能声明未发生）", to));
        return problems;
    }
}
