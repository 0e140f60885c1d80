package cn.zwgk.audit.evidence;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

/**
 * A parser over the text of one record, cut from its file, that reports places in the file: the
 * record's first character is at {@code start}.
 */
final class ShiftedLocations extends JsonParserDelegate {
    private final JsonLocation start;

    ShiftedLocations(JsonParser recordText, JsonLocation start) {
        super(recordText);
        this.start = start;
    }

    @Override
    public JsonLocation currentTokenLocation() {
        return shift(delegate.currentTokenLocation());
    }

    @Override
    public JsonLocation currentLocation() {
        return shift(delegate.currentLocation());
    }

    private JsonLocation shift(JsonLocation at) {
        int line = at.getLineNr() == 1 ? start.getLineNr() : start.getLineNr() + at.getLineNr() - 1;
        int column =
                at.getLineNr() == 1 ? start.getColumnNr() + at.getColumnNr() - 1 : at.getColumnNr();
        return new JsonLocation(
                start.contentReference(),
                -1,
                start.getCharOffset() + at.getCharOffset(),
                line,
                column);
    }
}
