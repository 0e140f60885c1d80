package cn.zwgk.audit.evidence;

import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.facts.EvidenceKind;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What an evidence folder holds at a glance: records per kind and per unit, and the span of the
 * dates they carry, for checking a folder before it is audited.
 *
 * @param byKind records per kind, in the order of {@link EvidenceKind}, kinds without records left
 *     out
 * @param byUnit records per unit, the profile's units first in its order; a record of several units
 *     counts for each, and one of none under {@link #NO_UNIT}
 * @param firstDate the earliest date (or day of a time) in any record, empty when there is none
 * @param lastDate the latest
 */
public record EvidenceCounts(
        Map<EvidenceKind, Long> byKind,
        Map<String, Long> byUnit,
        Optional<LocalDate> firstDate,
        Optional<LocalDate> lastDate) {

    public static final String NO_UNIT = "（未指定单位）";

    public static EvidenceCounts of(EvidenceSet evidence) {
        Map<EvidenceKind, Long> byKind = new EnumMap<>(EvidenceKind.class);
        Map<String, Long> byUnit = new LinkedHashMap<>();
        if (evidence.profile() != null) {
            evidence.profile().units().forEach(u -> byUnit.put(u, 0L));
        }
        LocalDate[] range = new LocalDate[2];
        for (Evidence record : evidence.records()) {
            byKind.merge(EvidenceKind.of(record), 1L, Long::sum);
            List<String> units = record.units();
            if (units.isEmpty()) {
                byUnit.merge(NO_UNIT, 1L, Long::sum);
            }
            units.forEach(u -> byUnit.merge(u, 1L, Long::sum));
            forEachDate(
                    record,
                    day -> {
                        range[0] = range[0] == null || day.isBefore(range[0]) ? day : range[0];
                        range[1] = range[1] == null || day.isAfter(range[1]) ? day : range[1];
                    });
        }
        return new EvidenceCounts(
                byKind, byUnit, Optional.ofNullable(range[0]), Optional.ofNullable(range[1]));
    }

    /** Every date a record carries, in its own fields and in records listed in them. */
    private static void forEachDate(Object value, Consumer<LocalDate> action) {
        if (value instanceof LocalDate day) {
            action.accept(day);
        } else if (value instanceof OffsetDateTime time) {
            action.accept(time.toLocalDate());
        } else if (value instanceof List<?> list) {
            list.forEach(v -> forEachDate(v, action));
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                try {
                    forEachDate(c.getAccessor().invoke(value), action);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException(
                            "cannot read " + c.getName() + " of " + value.getClass(), e);
                }
            }
        }
    }
}
