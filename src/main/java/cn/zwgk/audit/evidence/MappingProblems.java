package cn.zwgk.audit.evidence;

import cn.zwgk.audit.json.LocatedJson;
import cn.zwgk.audit.problem.Problem;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns Jackson's mapping errors into a located problem with a reason a bureau clerk can act on.
 */
final class MappingProblems {
    private MappingProblems() {}

    /**
     * The problem of binding {@code json}, whose values {@code place} locates. Jackson's own
     * location is useless here (it binds from the tree, which has none), so the error's path is
     * placed instead.
     */
    static Problem describe(JsonNode json, Locator place, JsonMappingException e) {
        return place.problem(pointerOf(e.getPath()), reason(e));
    }

    /**
     * The problem of a number too large for its field, which Jackson reports while binding the tree
     * but without the path; the value is found in the tree by its text.
     */
    static Problem describe(JsonNode json, Locator place, InputCoercionException e) {
        String relative = findNumber(json, "", String.valueOf(numberText(e)));
        return place.problem(
                relative == null ? "" : relative,
                "数值 " + numberText(e) + " 超出范围（应为 " + rangeOf(e) + " 之间的整数）");
    }

    private static String numberText(InputCoercionException e) {
        String m = String.valueOf(e.getOriginalMessage());
        int open = m.indexOf('(');
        int close = m.indexOf(')', open + 1);
        return open >= 0 && close > open ? m.substring(open + 1, close).trim() : "?";
    }

    private static String rangeOf(InputCoercionException e) {
        Class<?> type = e.getTargetType();
        if (type == Long.TYPE || type == Long.class) {
            return Long.MIN_VALUE + " 至 " + Long.MAX_VALUE;
        }
        return Integer.MIN_VALUE + " 至 " + Integer.MAX_VALUE;
    }

    private static String findNumber(JsonNode node, String at, String text) {
        if (node.isNumber() && node.asText().equals(text)) {
            return at;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = findNumber(node.get(i), LocatedJson.child(at, i), text);
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            for (var entry : node.properties()) {
                String found =
                        findNumber(entry.getValue(), LocatedJson.child(at, entry.getKey()), text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String pointerOf(List<JsonMappingException.Reference> path) {
        String pointer = "";
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                pointer = LocatedJson.child(pointer, ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                pointer = LocatedJson.child(pointer, ref.getIndex());
            }
        }
        return pointer;
    }

    private static String reason(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid) {
            return "值 " + quoted(invalid.getValue()) + " " + expected(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatched
                && mismatched.getTargetType() != null) {
            return "类型不符：" + expected(mismatched.getTargetType());
        }
        if (e.getCause() instanceof InputCoercionException coercion) {
            return "数值 " + numberText(coercion) + " 超出范围（应为 " + rangeOf(coercion) + " 之间的整数）";
        }
        // Anything else Jackson says is in English and about Java; say what is known in words.
        return "无法按该字段的类型读取（" + e.getClass().getSimpleName() + "）";
    }

    private static String expected(Class<?> type) {
        if (type == LocalDate.class) {
            return "不是有效日期（应为 YYYY-MM-DD 格式的真实日期）";
        }
        if (type == OffsetDateTime.class) {
            return "不是有效时间（应为 YYYY-MM-DDTHH:MM[:SS][+08:00]，无时区按北京时间）";
        }
        if (type.isEnum()) {
            return "不是允许的取值（允许："
                    + Arrays.stream(type.getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining("、"))
                    + "）";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class) {
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
