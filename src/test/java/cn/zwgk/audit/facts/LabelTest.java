package cn.zwgk.audit.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Ledger columns are named by {@link Label}: a component without one would have no column header.
 */
class LabelTest {

    @ParameterizedTest
    @EnumSource(EvidenceKind.class)
    void everyComponentOfEveryKindHasALabel(EvidenceKind kind) {
        List<String> unlabelled = new ArrayList<>();
        forEachRecordType(
                kind.type(),
                type -> {
                    for (RecordComponent c : type.getRecordComponents()) {
                        if (!c.isAnnotationPresent(Label.class)
                                || c.getAnnotation(Label.class).value().isBlank()) {
                            unlabelled.add(type.getSimpleName() + "." + c.getName());
                        }
                    }
                });
        assertThat(unlabelled).as("components without @Label").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EvidenceKind.class)
    void labelsAndFieldNamesNameOneColumnEachWithinAKind(EvidenceKind kind) {
        forEachRecordType(
                kind.type(),
                type -> {
                    // A header matches a column by its label or its field name, so neither may
                    // repeat.
                    Set<String> names = new HashSet<>();
                    for (RecordComponent c : type.getRecordComponents()) {
                        assertThat(names.add(c.getName()))
                                .as(type.getSimpleName() + "." + c.getName())
                                .isTrue();
                    }
                    for (RecordComponent c : type.getRecordComponents()) {
                        String label = c.getAnnotation(Label.class).value();
                        assertThat(names.add(label))
                                .as(
                                        "label "
                                                + label
                                                + " of "
                                                + type.getSimpleName()
                                                + "."
                                                + c.getName()
                                                + " repeats a label or field name")
                                .isTrue();
                    }
                });
    }

    /** The record type and every record type its components hold, directly or in lists. */
    private static void forEachRecordType(
            Class<?> type, java.util.function.Consumer<Class<?>> action) {
        action.accept(type);
        for (RecordComponent c : type.getRecordComponents()) {
            Class<?> nested = recordIn(c.getGenericType());
            if (nested != null) {
                forEachRecordType(nested, action);
            }
        }
    }

    private static Class<?> recordIn(Type type) {
        if (type instanceof Class<?> c) {
            return c.isRecord() ? c : null;
        }
        if (type instanceof ParameterizedType p) {
            return recordIn(p.getActualTypeArguments()[0]);
        }
        return null;
    }
}
