package cn.zwgk.audit.evidence;

import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.facts.Required;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Evidence as it stood on the audit date: a date after it has not happened yet, so it is blanked,
 * and a record whose required date is after it did not exist yet, so it is left out. Doing this
 * once here keeps every rule honest about {@code --as-of} without each rule repeating the filter.
 */
public final class AsOfView {
    /** Zone in which a time's calendar day is compared with the audit date. */
    static final ZoneId LOCAL_ZONE = ShanghaiDateTimeDeserializer.LOCAL_ZONE;

    private AsOfView() {}

    /**
     * The records as of {@code asOf}, in the same order, with those not yet in existence left out.
     */
    public static List<Evidence> of(List<Evidence> records, LocalDate asOf) {
        List<Evidence> view = new ArrayList<>(records.size());
        for (Evidence record : records) {
            Object projected = project(record, asOf);
            if (projected != null) {
                view.add((Evidence) projected);
            }
        }
        return view;
    }

    /** The value as of the date, or null when it (or a required date in it) lies after the date. */
    private static Object project(Object value, LocalDate asOf) {
        if (value instanceof LocalDate date) {
            return date.isAfter(asOf) ? null : date;
        }
        if (value instanceof OffsetDateTime time) {
            return time.atZoneSameInstant(LOCAL_ZONE).toLocalDate().isAfter(asOf) ? null : time;
        }
        if (value instanceof List<?> list) {
            List<Object> projected = new ArrayList<>(list.size());
            boolean changed = false;
            for (Object element : list) {
                Object p = project(element, asOf);
                changed |= p != element;
                if (p != null) {
                    projected.add(p);
                }
            }
            // An unchanged list is kept, so that a record with nothing after the date is not
            // copied.
            return changed ? List.copyOf(projected) : list;
        }
        if (value == null || !value.getClass().isRecord()) {
            return value;
        }
        Shape shape = SHAPES.get(value.getClass());
        Object[] values = new Object[shape.components.length];
        boolean changed = false;
        for (int i = 0; i < shape.components.length; i++) {
            Object original = read(shape.components[i], value);
            values[i] = project(original, asOf);
            if (values[i] == null && original != null && shape.required[i]) {
                return null;
            }
            changed |= values[i] != original;
        }
        return changed ? construct(shape.canonical, values) : value;
    }

    /**
     * A record class's components, which are required, and its canonical constructor, looked up
     * once.
     */
    private record Shape(
            RecordComponent[] components, boolean[] required, Constructor<?> canonical) {}

    private static final ClassValue<Shape> SHAPES =
            new ClassValue<>() {
                @Override
                protected Shape computeValue(Class<?> type) {
                    RecordComponent[] components = type.getRecordComponents();
                    boolean[] required = new boolean[components.length];
                    for (int i = 0; i < components.length; i++) {
                        required[i] = components[i].isAnnotationPresent(Required.class);
                        components[i].getAccessor().setAccessible(true);
                    }
                    try {
                        Constructor<?> canonical =
                                type.getDeclaredConstructor(
                                        Arrays.stream(components)
                                                .map(RecordComponent::getType)
                                                .toArray(Class<?>[]::new));
                        canonical.setAccessible(true);
                        return new Shape(components, required, canonical);
                    } catch (NoSuchMethodException e) {
                        throw new IllegalStateException("no canonical constructor in " + type, e);
                    }
                }
            };

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static Object construct(Constructor<?> canonical, Object[] values) {
        try {
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + canonical.getDeclaringClass(), e);
        }
    }
}
