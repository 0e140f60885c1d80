package cn.zwgk.audit.evidence;

import static cn.zwgk.audit.evidence.JsonObjectFile.at;

import cn.zwgk.audit.facts.AuditProfile;
import cn.zwgk.audit.json.LocatedJson;
import cn.zwgk.audit.problem.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code profile.json}: the audit year and the units the evidence may name. */
final class ProfileReader {
    private ProfileReader() {}

    /**
     * The profile, or null when it has any problem: evidence is not judged against a wrong profile.
     */
    static AuditProfile read(Binder binder, Path file, List<Problem> problems) {
        int before = problems.size();
        AuditProfile profile =
                JsonObjectFile.read(
                        binder.mapper(),
                        file,
                        problems,
                        () -> {},
                        (p, text) -> {
                            LocatedJson json = JsonObjectFile.readLocated(file, "", p, problems);
                            // The schema names the file's format; it is no field of the profile.
                            JsonNode schema = ((ObjectNode) json.root()).remove("schema");
                            JsonObjectFile.checkSchema(
                                    file,
                                    schema,
                                    json.valueAt(schema == null ? "" : "/schema"),
                                    EvidenceLoader.PROFILE_SCHEMA,
                                    problems);
                            AuditProfile read =
                                    binder.bind(
                                            json.root(),
                                            Locator.inJson(file, "", json),
                                            Set.of(),
                                            AuditProfile.class,
                                            problems);
                            if (read != null) {
                                check(file, read, json, problems);
                            }
                            return read;
                        });
        return problems.size() == before ? profile : null;
    }

    private static void check(
            Path file, AuditProfile profile, LocatedJson json, List<Problem> problems) {
        if (profile.auditYear() != null
                && (profile.auditYear() < 2000 || profile.auditYear() > 2100)) {
            problems.add(
                    at(
                            file,
                            "/auditYear",
                            json.valueAt("/auditYear"),
                            "审计年度 " + profile.auditYear() + " 不合理"));
        }
        if (profile.units() != null) {
            if (profile.units().isEmpty()) {
                problems.add(at(file, "/units", json.valueAt("/units"), "至少应列出一个单位"));
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < profile.units().size(); i++) {
                String unit = profile.units().get(i);
                String pointer = LocatedJson.child("/units", i);
                if (unit == null || unit.isBlank()) {
                    problems.add(at(file, pointer, json.valueAt(pointer), "单位名称为空"));
                } else if (!seen.add(unit)) {
                    problems.add(at(file, pointer, json.valueAt(pointer), "单位 " + unit + " 重复"));
                }
            }
        }
    }
}
