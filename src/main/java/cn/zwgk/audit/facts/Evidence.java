package cn.zwgk.audit.facts;

import java.util.List;
import java.util.Map;

/**
 * One evidence record: a typed fact the rules reason about. Every record has an id that is unique
 * across the whole evidence folder, so verdicts can cite it.
 */
public interface Evidence {

    String id();

    /**
     * How a 说明 names this record for a reader: a document by its title and 文号, an event or item by
     * its name; the record id only where the record carries nothing else.
     */
    default String named() {
        return id();
    }

    /** Units of the audit profile this record belongs to; each must be a unit the profile names. */
    List<String> units();

    /**
     * Where, as a JSON pointer within the record, it names its {@code index}th unit; null where
     * that is its {@code unit} field or a list {@code units}, which the loader finds itself.
     */
    default String unitPointer(int index) {
        return null;
    }

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
    record FieldProblem(String field, String reason) {

        /**
         * The problem of a date (or time) that cannot precede another, e.g. a response before its
         * event; none when either is absent or the order is possible.
         */
        public static <T extends Comparable<? super T>> List<FieldProblem> notBefore(
                String field, String label, T value, String otherLabel, T other) {
            return value != null && other != null && value.compareTo(other) < 0
                    ? List.of(
                            new FieldProblem(
                                    field, label + " " + value + " 早于" + otherLabel + " " + other))
                    : List.of();
        }
    }
}
