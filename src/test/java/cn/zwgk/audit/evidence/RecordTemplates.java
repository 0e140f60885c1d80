package cn.zwgk.audit.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One valid record of each kind, written one field per line so that a test can swap in a bad value
 * and find its line and column. Interpretations name the policy {@value #POLICY_ID}, which {@link
 * #SUPPORT_POLICY} supplies.
 */
final class RecordTemplates {
    private RecordTemplates() {}

    static final String POLICY_ID = "POL-REF";

    /** A file holding the policy that interpretation templates refer to. */
    static final String SUPPORT_POLICY =
            """
            {"schema": "zwgk-evidence/1", "kind": "policy", "records": [
              {"id": "POL-REF", "unit": "法制科", "title": "被解读的政策", "publishedOn": "2020-01-10",
               "needsInterpretation": true}]}
            """;

    private static final Map<String, String> TEMPLATES =
            Map.of(
                    "policy",
                            """
                            "id": "POL-1"
                            "unit": "法制科"
                            "title": "甲"
                            "publishedOn": "2020-01-10"
                            "needsInterpretation": false\
                            """,
                    "interpretation",
                            """
                            "id": "INT-1"
                            "unit": "法制科"
                            "policy": "POL-REF"
                            "title": "解读"
                            "form": "文字"
                            "publishedOn": "2020-01-10\"\
                            """,
                    "emergency",
                            """
                            "id": "EM-1"
                            "unit": "社管科"
                            "title": "某事件"
                            "level": "重大"
                            "major": true
                            "occurredAt": "2020-02-17T09:40\"\
                            """,
                    "application",
                            """
                            "id": "APP-1"
                            "unit": "办公室"
                            "receivedOn": "2020-01-03"
                            "extended": false\
                            """,
                    "annual-report",
                            """
                            "id": "AR-1"
                            "unit": "办公室"
                            "reportYear": 2019
                            "publishedOn": "2020-01-20\"\
                            """,
                    "open-event",
                            """
                            "id": "OE-1"
                            "unit": "社管科"
                            "title": "开放日"
                            "type": "政府开放日"
                            "startDate": "2020-06-19"
                            "endDate": "2020-06-19\"\
                            """,
                    "credit-disclosure",
                            """
                            "id": "CD-1"
                            "unit": "劳动保障监察大队"
                            "type": "行政许可"
                            "decisionOn": "2020-01-03"
                            "publishedOn": "2020-01-06\"\
                            """,
                    "publicity-activity",
                            """
                            "id": "PA-1"
                            "title": "宣传"
                            "date": "2020-05-20"
                            "channel": "线上"
                            "units": ["办公室"]\
                            """,
                    "major-decision",
                            """
                            "id": "MD-1"
                            "unit": "社管科"
                            "title": "制定某办法"
                            "decidedOn": "2020-03-20\"\
                            """);

    /** A valid evidence file of {@code kind} with one record. */
    static String valid(String kind) {
        return file(kind, fields(kind));
    }

    /**
     * An evidence file of {@code kind} with one record whose {@code field} is {@code rawValue}
     * (JSON).
     */
    static String withField(String kind, String field, String rawValue) {
        Map<String, String> fields = fields(kind);
        fields.put(field, rawValue);
        return file(kind, fields);
    }

    private static Map<String, String> fields(String kind) {
        String template = TEMPLATES.get(kind);
        assertThat(template).as("template for kind %s", kind).isNotNull();
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : template.split("\n")) {
            int colon = line.indexOf("\": ");
            fields.put(line.substring(1, colon), line.substring(colon + 3));
        }
        return fields;
    }

    private static String file(String kind, Map<String, String> fields) {
        return "{\n  \"schema\": \"zwgk-evidence/1\",\n  \"kind\": \""
                + kind
                + "\",\n  \"records\": [\n    {\n"
                + fields.entrySet().stream()
                        .map(e -> "      \"" + e.getKey() + "\": " + e.getValue())
                        .collect(Collectors.joining(",\n"))
                + "\n    }\n  ]\n}\n";
    }
}
