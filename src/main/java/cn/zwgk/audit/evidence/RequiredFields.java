package cn.zwgk.audit.evidence;

import cn.zwgk.audit.facts.Required;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Finds every {@link Required} component left null, in records and in lists of records. */
final class RequiredFields {
    private RequiredFields() {}

    /** One component of a record type, as this check needs it. */
    private record Component(String name, Method accessor, boolean required) {}

    /**
     * The components of each record type (none for other types). Looked up once per type, not once
     * per record: reflection builds new components, and parses their annotations, on every call.
     */
    private static final ClassValue<List<Component>> COMPONENTS =
            new ClassValue<>() {
                @Override
                protected List<Component> computeValue(Class<?> type) {
                    if (!type.isRecord()) {
                        return List.of();
                    }
                    return Arrays.stream(type.getRecordComponents())
                            .map(
                                    c ->
                                            new Component(
                                                    c.getName(),
                                                    c.getAccessor(),
                                                    c.isAnnotationPresent(Required.class)))
                            .toList();
                }
            };

    /** JSON pointers, relative to {@code value}, of the required fields that are missing. */
    static List<String> missing(Object value) {
        List<String> missing = new ArrayList<>();
        collect(value, "", missing);
        return missing;
    }

    private static void collect(Object value, String pointer, List<String> missing) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (mayHoldFields(list.get(i))) {
                    collect(list.get(i), pointer + "/" + i, missing);
                }
            }
            return;
        }
        for (Component component : COMPONENTS.get(value.getClass())) {
            Object field = get(component, value);
            if (field == null && component.required()) {
                missing.add(pointer + "/" + component.name());
            } else if (mayHoldFields(field)) {
                collect(field, pointer + "/" + component.name(), missing);
            }
        }
    }

    /**
     * Whether a value may hold a field to check: a list or a record. Other values are not visited,
     * and no pointer is built for them, since this runs for every record of a large folder.
     */
    private static boolean mayHoldFields(Object value) {
        return value instanceof List<?>
                || value != null && !COMPONENTS.get(value.getClass()).isEmpty();
    }

    private static Object get(Component component, Object record) {
        try {
            return component.accessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "cannot read " + component.name() + " of " + record.getClass(), e);
        }
    }
}
