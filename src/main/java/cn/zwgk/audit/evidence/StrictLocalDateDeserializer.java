package cn.zwgk.audit.evidence;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads a date only from text of the form {@code YYYY-MM-DD} naming a real day. Jackson's own
 * reader also takes a number (as an epoch day), an array of parts and a date-time cut to its date,
 * each of which would let a clerk's slip through as some other day.
 */
final class StrictLocalDateDeserializer extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;
    /** ASCII digits only: {@code \d} in Java matches nothing else unless asked to. */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    StrictLocalDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
        }
        String text = p.getText();
        if (ISO_DATE.matcher(text).matches()) {
            try {
                // ISO_LOCAL_DATE resolves strictly: 2020-02-30 is an error, not 2020-02-29.
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // Falls through to the same refusal as a malformed text.
            }
        }
        return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date");
    }
}
