package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/** A policy document the bureau issued; interpretations name it. */
public record Policy(
        @Required String id,
        @Required String unit,
        @Required String title,
        String documentNumber,
        LocalDate approvedOn,
        @Required LocalDate publishedOn,
        boolean needsInterpretation) implements Evidence {

    @Override
    public List<String> units() {
        return List.of(unit);
    }
}
