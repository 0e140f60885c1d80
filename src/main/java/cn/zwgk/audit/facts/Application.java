package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * One 依申请公开 case file: the date of each handling stage. Missing stages are legitimate evidence
 * (task 6 fails on them), so only receipt is required.
 */
public record Application(
        @Required String id,
        @Required String unit,
        String subject,
        @Required LocalDate receivedOn,
        LocalDate registeredOn,
        LocalDate reviewedOn,
        LocalDate handledOn,
        LocalDate repliedOn,
        LocalDate archivedOn,
        /** An extension of the reply period was approved and recorded (条例第三十三条). */
        boolean extended) implements Evidence {

    @Override
    public List<String> units() {
        return List.of(unit);
    }
}
