package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * A rectification (整改措施) of a problem the self-assessment found: the bureau's answer to a 未完成 task,
 * which a 自查 must carry or be sent back (README, “交出去的文件”). Kept in the evidence folder like a
 * waiver; it is about a task's result, so the rules never see it.
 *
 * @param id unique id
 * @param task the task whose problem it answers; must be in the catalog
 * @param unit the unit whose part of the task failed, or null for the task as a whole; must be one
 *     of the task's responsible units
 * @param problem the problem, as the bureau words it
 * @param measure what will be done
 * @param responsibleUnit who answers for doing it
 * @param targetDate by when
 */
public record Rectification(
        @Required @Label("编号") String id,
        @Required @Label("任务序号") Integer task,
        @Label("单位") String unit,
        @Required @Label("存在问题") String problem,
        @Required @Label("整改措施") String measure,
        @Required @Label("整改责任单位") String responsibleUnit,
        @Required @Label("整改时限") LocalDate targetDate)
        implements AboutTask {

    @Override
    public List<String> units() {
        return Stream.of(unit, responsibleUnit).filter(u -> u != null).distinct().toList();
    }
}
