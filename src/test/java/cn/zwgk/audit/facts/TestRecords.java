package cn.zwgk.audit.facts;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A fact record built from the fields a test cares about, by name: every other component is left
 * out as evidence would leave it (null, or false / 0 for a primitive). Fact records have many
 * optional components, and a positional constructor call of two dozen nulls hides the few values a
 * test is about.
 */
public final class TestRecords {
    private TestRecords() {}

    /**
     * @param namesAndValues a component's name, then its value (null allowed), and so on
     * @throws IllegalArgumentException when a name is not a component of {@code type}, so a typo
     *     fails the test instead of leaving a field unset
     */
    public static <R extends Record> R of(Class<R> type, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, Object> fields = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        RecordComponent[] components = type.getRecordComponents();
        Set<String> unknown = new HashSet<>(fields.keySet());
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            unknown.remove(name);
            values[i] =
                    fields.containsKey(name) ? fields.get(name) : absent(components[i].getType());
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no " + unknown);
        }
        try {
            return type.getDeclaredConstructor(
                            Arrays.stream(components)
                                    .map(RecordComponent::getType)
                                    .toArray(Class<?>[]::new))
                    .newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object absent(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }
}
