package cn.zwgk.audit.evidence;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Reads a time without an offset as Asia/Shanghai (ledgers are kept in local time, and guessing UTC
 * would shift a 5-hour deadline by 8 hours) and expresses every time in Shanghai's offset, so that
 * a rule asking for its date or year gets the local one.
 */
final class ShanghaiDateTimeDeserializer extends StdScalarDeserializer<OffsetDateTime> {
    private static final long serialVersionUID = 1L;
    static final ZoneId LOCAL_ZONE = ZoneId.of("Asia/Shanghai");

    ShanghaiDateTimeDeserializer() {
        super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt)
            throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (OffsetDateTime) ctxt.handleUnexpectedToken(OffsetDateTime.class, p);
        }
        String text = p.getText().trim();
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(LOCAL_ZONE).toOffsetDateTime();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(LOCAL_ZONE).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                return (OffsetDateTime)
                        ctxt.handleWeirdStringValue(OffsetDateTime.class, text, "not a date-time");
            }
        }
    }
}
