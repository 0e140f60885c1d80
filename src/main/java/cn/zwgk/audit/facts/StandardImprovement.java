package cn.zwgk.audit.facts;

import java.time.LocalDate;

/**
 * A recorded improvement in how the disclosure standard is applied (task 24): a more efficient or
 * convenient way of publishing, and the reach it gained.
 */
public record StandardImprovement(
        @Required String id,
        @Required String unit,
        @Required LocalDate date,
        @Required String description) implements UnitRecord {}
