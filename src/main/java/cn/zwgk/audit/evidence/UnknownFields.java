package cn.zwgk.audit.evidence;

import cn.zwgk.audit.json.LocatedJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Finds the fields of a JSON value that its record type does not declare, in the record and in the
 * records, lists and maps of records inside it.
 *
 * <p>The loader checks this itself instead of letting Jackson fail on unknown properties: Jackson
 * buffers the properties of a record it builds through its constructor and replays them without
 * their places, and it stops at the first type error, hiding the unknown fields of the same record.
 */
final class UnknownFields {
    private UnknownFields() {}

    /**
     * The fields a record type declares, and the declared types of those that may hold records, the
     * only ones looked into. Worked out once per type, since this runs for every record read.
     */
    private record Fields(Set<String> names, Map<String, Type> nested) {}

    private static final ClassValue<Fields> FIELDS =
            new ClassValue<>() {
                @Override
                protected Fields computeValue(Class<?> type) {
                    Set<String> names = new HashSet<>();
                    Map<String, Type> nested = new HashMap<>();
                    for (RecordComponent component : type.getRecordComponents()) {
                        names.add(component.getName());
                        if (mayHoldRecords(component.getGenericType())) {
                            nested.put(component.getName(), component.getGenericType());
                        }
                    }
                    return new Fields(names, nested);
                }
            };

    /**
     * Calls {@code unknown} with the pointer (relative to {@code node}) and the name of every field
     * that the record type {@code type} does not declare. Values of the wrong shape are passed
     * over: binding them to the type reports those.
     */
    static void find(JsonNode node, Class<?> type, BiConsumer<String, String> unknown) {
        find(node, type, "", unknown);
    }

    private static void find(
            JsonNode node, Type type, String at, BiConsumer<String, String> unknown) {
        if (type instanceof Class<?> record && node.isObject()) {
            Fields fields = FIELDS.get(record);
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String name = field.getKey();
                Type nested = fields.nested().get(name);
                if (!fields.names().contains(name)) {
                    unknown.accept(LocatedJson.child(at, name), name);
                } else if (nested != null) {
                    find(field.getValue(), nested, LocatedJson.child(at, name), unknown);
                }
            }
        } else if (type instanceof ParameterizedType generic
                && generic.getRawType() instanceof Class<?> raw) {
            Type[] arguments = generic.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw) && node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    find(node.get(i), arguments[0], LocatedJson.child(at, i), unknown);
                }
            } else if (Map.class.isAssignableFrom(raw) && node.isObject()) {
                for (Map.Entry<String, JsonNode> entry : node.properties()) {
                    find(
                            entry.getValue(),
                            arguments[1],
                            LocatedJson.child(at, entry.getKey()),
                            unknown);
                }
            }
        }
    }

    /**
     * Whether a value of {@code type} may hold a record: a record, or a collection or map of them.
     */
    private static boolean mayHoldRecords(Type type) {
        if (type instanceof Class<?> c) {
            return c.isRecord();
        }
        if (type instanceof ParameterizedType generic
                && generic.getRawType() instanceof Class<?> raw) {
            Type[] arguments = generic.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return mayHoldRecords(arguments[0]);
            }
            if (Map.class.isAssignableFrom(raw)) {
                return mayHoldRecords(arguments[1]);
            }
        }
        return false;
    }
}
