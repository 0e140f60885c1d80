package cn.zwgk.audit.evidence;

import cn.zwgk.audit.facts.AuditProfile;
import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.facts.EvidenceKind;
import cn.zwgk.audit.json.LocatedJson;
import cn.zwgk.audit.problem.Problem;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that need the whole folder: every unit a record names is one of the profile's, and every
 * record a record refers to exists and is of the kind referred to.
 */
final class CrossRecordChecks {
    private CrossRecordChecks() {}

    static void checkUnits(
            AuditProfile profile,
            List<Evidence> records,
            Map<String, RecordSource> sources,
            List<Problem> problems) {
        // A profile is only used when it has no problem, so its units are there, named and
        // distinct.
        Set<String> units = Set.copyOf(profile.units());
        for (Evidence record : records) {
            List<String> named = record.units();
            for (int i = 0; i < named.size(); i++) {
                String unit = named.get(i);
                if (unit == null) {
                    problems.add(
                            sources.get(record.id()).problem(unitPointer(record, i), "单位名称为空"));
                } else if (!units.contains(unit)) {
                    problems.add(
                            sources.get(record.id())
                                    .problem(
                                            unitPointer(record, i),
                                            "单位 " + unit + " 不在审计配置的单位列表中"));
                }
            }
        }
    }

    /**
     * Where a record names its {@code index}th unit: in a list {@code units}, or as its one {@code
     * unit}.
     */
    private static String unitPointer(Evidence record, int index) {
        String own = record.unitPointer(index);
        if (own != null) {
            return own;
        }
        boolean list =
                Arrays.stream(record.getClass().getRecordComponents())
                        .map(RecordComponent::getName)
                        .anyMatch("units"::equals);
        return list ? LocatedJson.child("/units", index) : "/unit";
    }

    static void checkReferences(
            List<Evidence> records, Map<String, RecordSource> sources, List<Problem> problems) {
        Map<String, Evidence> byId = new HashMap<>(TakenRecords.capacityFor(records.size()));
        records.forEach(r -> byId.put(r.id(), r));
        for (Evidence record : records) {
            record.references()
                    .forEach(
                            (field, ref) -> {
                                Evidence target = byId.get(ref.id());
                                String reason =
                                        target == null
                                                ? "引用的"
                                                        + ref.kind().label()
                                                        + " "
                                                        + ref.id()
                                                        + " 不存在"
                                                : ref.kind().type().isInstance(target)
                                                        ? null
                                                        : "引用的 "
                                                                + ref.id()
                                                                + " 是"
                                                                + EvidenceKind.of(target).label()
                                                                + "，应为"
                                                                + ref.kind().label();
                                if (reason != null) {
                                    problems.add(
                                            sources.get(record.id()).problem("/" + field, reason));
                                }
                            });
        }
    }
}
