package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/** A change of a fact the 政府信息公开指南 states (address, telephone, office hours...), which the guide must follow. */
public record GuideChange(
        @Required String id,
        @Required String unit,
        @Required LocalDate changedOn,
        @Required String description) implements Evidence {

    @Override
    public List<String> units() {
        return List.of(unit);
    }
}
