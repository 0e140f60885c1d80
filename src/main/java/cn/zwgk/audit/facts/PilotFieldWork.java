package cn.zwgk.audit.facts;

import java.time.LocalDate;

/**
 * Work on one standardisation pilot field (试点领域): contact with the municipal department, the
 * standard guideline put in force locally (task 22), and its link in the portal's column (task 23).
 */
public record PilotFieldWork(
        @Required @Label("编号") String id,
        @Required @Label("单位") String unit,
        @Required @Label("试点领域") String field,
        @Label("对接日期") LocalDate contactedOn,
        @Label("标准指引施行日期") LocalDate guidelineInForceOn,
        @Label("专栏链接日期") LocalDate columnLinkedOn)
        implements UnitRecord {}
