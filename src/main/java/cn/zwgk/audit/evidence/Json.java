package cn.zwgk.audit.evidence;

import cn.zwgk.audit.json.JsonFiles;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The strict JSON reading shared by every input file: no guessing at types, no silent extras. */
public final class Json {
    private Json() {}

    /**
     * A mapper that refuses what a lenient one would quietly coerce: numbers for text, text for
     * numbers, floats for integers, empty strings for null, duplicate keys, dates written other
     * than as {@code YYYY-MM-DD}. Reads within {@link JsonFiles#CONSTRAINTS} (nesting depth,
     * string, number and document length). An absent optional flag (a primitive {@code boolean})
     * reads as false. Callers check for trailing content themselves, since evidence files are read
     * one record at a time.
     */
    public static ObjectMapper strictMapper() {
        JsonMapper mapper =
                JsonMapper.builder(JsonFiles.factory())
                        .addModule(new JavaTimeModule())
                        // Registered after JavaTimeModule, so these replace its lenient readers.
                        .addModule(
                                new SimpleModule()
                                        .addDeserializer(
                                                LocalDate.class, new StrictLocalDateDeserializer())
                                        .addDeserializer(
                                                OffsetDateTime.class,
                                                new ShanghaiDateTimeDeserializer()))
                        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                        .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }
}
