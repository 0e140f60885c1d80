package cn.zwgk.audit.evidence;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads a date only from text of the form {@code YYYY-MM-DD} naming a real day. Jackson's own
 * reader also takes a number (as an epoch day), an array of parts and a date-time cut to its date,
 * each of which would let a clerk's slip through as some other day.
 */
final class StrictLocalDateDeserializer extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    StrictLocalDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
        }
        String text = p.getText();
        LocalDate date = parse(text);
        if (date != null) {
            return date;
        }
        return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date");
    }

    /**
     * The day {@code YYYY-MM-DD} names, or null. Read digit by digit rather than through {@code
     * LocalDate.parse}, which costs a formatter pass per date and shows at a million records.
     */
    static LocalDate parse(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            // LocalDate.of is strict: 2020-02-30 is an error, not 2020-02-29.
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The ASCII digits from {@code from} to {@code to} as a number, or -1 if any is no digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
