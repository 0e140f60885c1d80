package cn.zwgk.audit.evidence;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Turns Jackson's mapping errors into a located problem with a reason a bureau clerk can act on. */
final class MappingProblems {
    private MappingProblems() {}

    static Problem describe(Path file, String recordPointer, JsonMappingException e) {
        String pointer = recordPointer + pointerOf(e.getPath());
        JsonLocation location = e.getLocation() == null ? JsonLocation.NA : e.getLocation();
        return new Problem(file, pointer, Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0),
                reason(e));
    }

    private static String pointerOf(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            pointer.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        return pointer.toString();
    }

    private static String reason(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid) {
            return "值 " + quoted(invalid.getValue()) + " " + expected(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "类型不符：" + expected(mismatched.getTargetType());
        }
        return e.getOriginalMessage();
    }

    private static String expected(Class<?> type) {
        if (type == LocalDate.class) {
            return "不是有效日期（应为 YYYY-MM-DD 格式的真实日期）";
        }
        if (type == OffsetDateTime.class) {
            return "不是有效时间（应为 YYYY-MM-DDTHH:MM[:SS][+08:00]，无时区按北京时间）";
        }
        if (type.isEnum()) {
            return "不是允许的取值（允许：" + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining("、")) + "）";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "应为整数";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "应为 true 或 false";
        }
        if (type == String.class) {
            return "应为文本";
        }
        if (List.class.isAssignableFrom(type)) {
            return "应为数组";
        }
        return "应为 " + type.getSimpleName() + " 对象";
    }

    private static String quoted(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }
}
