package cn.zwgk.audit.facts;

import java.time.LocalDate;

/** A policy document the bureau issued; interpretations name it. */
public record Policy(
        @Required String id,
        @Required String unit,
        @Required String title,
        String documentNumber,
        LocalDate approvedOn,
        @Required LocalDate publishedOn,
        boolean needsInterpretation) implements UnitRecord {}
