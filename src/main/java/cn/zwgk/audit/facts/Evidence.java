package cn.zwgk.audit.facts;

import java.util.List;
import java.util.Map;

/**
 * One evidence record: a typed fact the rules reason about. Every record has an id that is unique
 * across the whole evidence folder, so verdicts can cite it.
 */
public interface Evidence {

    String id();

    /** Units of the audit profile this record belongs to; each must be a unit the profile names. */
    List<String> units();

    /** Problems visible within this one record, such as an end before its start. */
    default List<FieldProblem> selfCheck() {
        return List.of();
    }

    /** Other records this record names, by the field that names them. */
    default Map<String, Reference> references() {
        return Map.of();
    }

    /** A field of a record that names another record, which must exist and be of the given kind. */
    record Reference(EvidenceKind kind, String id) {}

    /** A problem with one field of a record, found after the record was read. */
    record FieldProblem(String field, String reason) {}
}
