package cn.zwgk.audit.evidence;

import cn.zwgk.audit.facts.Required;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Finds every {@link Required} component left null, in records and in lists of records. */
final class RequiredFields {
    private RequiredFields() {}

    /** JSON pointers, relative to {@code value}, of the required fields that are missing. */
    static List<String> missing(Object value) {
        List<String> missing = new ArrayList<>();
        collect(value, "", missing);
        return missing;
    }

    private static void collect(Object value, String pointer, List<String> missing) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), pointer + "/" + i, missing);
            }
            return;
        }
        if (value == null || !value.getClass().isRecord()) {
            return;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object field = get(component, value);
            String fieldPointer = pointer + "/" + component.getName();
            if (field == null && component.isAnnotationPresent(Required.class)) {
                missing.add(fieldPointer);
            } else {
                collect(field, fieldPointer, missing);
            }
        }
    }

    private static Object get(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
