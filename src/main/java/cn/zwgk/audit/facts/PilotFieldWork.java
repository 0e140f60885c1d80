package cn.zwgk.audit.facts;

import java.time.LocalDate;

/**
 * Work on one standardisation pilot field (试点领域): contact with the municipal department, the
 * standard guideline put in force locally (task 22), and its link in the portal's column (task 23).
 */
public record PilotFieldWork(
        @Required String id,
        @Required String unit,
        @Required String field,
        LocalDate contactedOn,
        LocalDate guidelineInForceOn,
        LocalDate columnLinkedOn) implements UnitRecord {}
