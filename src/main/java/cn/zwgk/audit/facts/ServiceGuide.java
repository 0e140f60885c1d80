package cn.zwgk.audit.facts;

import java.time.LocalDate;

/** A published service guide (办事指南): complete conditions, form templates, 一件事 or not. */
public record ServiceGuide(
        @Required String id,
        @Required String unit,
        @Required String title,
        @Required LocalDate publishedOn,
        @Required Boolean conditionsComplete,
        @Required Boolean formTemplatesAttached,
        boolean oneThing) implements UnitRecord {}
