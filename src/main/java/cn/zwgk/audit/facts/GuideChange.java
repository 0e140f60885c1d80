package cn.zwgk.audit.facts;

import java.time.LocalDate;

/** A change of a fact the 政府信息公开指南 states (address, telephone, office hours...), which the guide must follow. */
public record GuideChange(
        @Required String id,
        @Required String unit,
        @Required LocalDate changedOn,
        @Required String description) implements UnitRecord {}
