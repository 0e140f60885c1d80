package cn.zwgk.audit.evidence;

import cn.zwgk.audit.json.LocatedJson;
import cn.zwgk.audit.problem.Location;
import cn.zwgk.audit.problem.Problem;
import com.fasterxml.jackson.core.JsonLocation;
import java.nio.file.Path;
import java.util.Objects;

/** Where a value of a record being bound is, by its JSON pointer relative to the record. */
interface Locator {
    /** A problem placed at the value, with an empty reason for the caller to give. */
    Problem at(String pointer);

    default Problem problem(String pointer, String reason) {
        Problem placed = at(pointer);
        return new Problem(placed.file(), placed.location(), reason);
    }

    /**
     * Places a value of a JSON record read at {@code pointer} of {@code file}: at the value's own
     * line and column, or at the record's when the value is absent.
     */
    static Locator inJson(Path file, String pointer, LocatedJson json) {
        return relative -> {
            JsonLocation at = Objects.requireNonNullElse(json.valueAt(relative), json.valueAt(""));
            return new Problem(file, pointer + relative, at.getLineNr(), at.getColumnNr(), "");
        };
    }

    /** Places a value of a ledger row at its cell. */
    static Locator inTable(Path file, Location.InTable row) {
        return pointer -> new Problem(file, row.field(pointer), "");
    }
}
