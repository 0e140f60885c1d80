package cn.zwgk.audit.evidence;

import cn.zwgk.audit.facts.BlankCells;
import cn.zwgk.audit.json.LocatedJson;
import cn.zwgk.audit.problem.Problem;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Binds a JSON tree (a record of an evidence file, a ledger row, the profile) to its type,
 * reporting every problem at its place.
 */
final class Binder {
    private final ObjectMapper mapper;

    /**
     * Binders by type; they pass unknown fields over because UnknownFields has already reported
     * them.
     */
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    Binder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The mapper records are read with, configured as the binder's. */
    ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Binds {@code json}, whose values {@code place} locates, to {@code type}, reporting every
     * unknown field, the first type error and every missing required field but those in {@code
     * reported} (fields whose problem is already known).
     *
     * @return the value, or null when it could not be built; it may have problems all the same
     */
    <T> T bind(
            JsonNode json,
            Locator place,
            Set<String> reported,
            Class<T> type,
            List<Problem> problems) {
        UnknownFields.find(
                json, type, (field, name) -> problems.add(place.problem(field, "未知字段 " + name)));
        int before = problems.size();
        Set<String> blankCells = BLANK_CELL_FIELDS.get(type);
        json.properties().stream()
                .filter(field -> !blankCells.contains(field.getKey()))
                .forEach(
                        field ->
                                findNullElements(
                                        field.getValue(),
                                        LocatedJson.child("", field.getKey()),
                                        at -> problems.add(place.problem(at, "数组中不能有 null 元素"))));
        if (problems.size() > before) {
            return null;
        }
        T value;
        try {
            value =
                    readers.computeIfAbsent(
                                    type,
                                    t ->
                                            mapper.readerFor(t)
                                                    .without(
                                                            DeserializationFeature
                                                                    .FAIL_ON_UNKNOWN_PROPERTIES))
                            .readValue(json);
        } catch (JsonMappingException e) {
            problems.add(MappingProblems.describe(json, place, e));
            return null;
        } catch (InputCoercionException e) {
            problems.add(MappingProblems.describe(json, place, e));
            return null;
        } catch (IOException e) {
            // Binding a tree in memory does no I/O; anything else Jackson throws is a mapping
            // error.
            throw new UncheckedIOException(e);
        }
        for (String missing : RequiredFields.missing(value)) {
            if (!reported.contains(missing.substring(1))) {
                // Nothing is there to point at, so the record (or the field's cell in its row) is
                // pointed at.
                Problem record = place.at("");
                problems.add(
                        new Problem(
                                record.file(),
                                record.location().field(missing),
                                "缺少必填字段 " + missing.substring(1)));
            }
        }
        return value;
    }

    /** The fields of a record type whose tables may have blank (null) cells. */
    private static final ClassValue<Set<String>> BLANK_CELL_FIELDS =
            new ClassValue<>() {
                @Override
                protected Set<String> computeValue(Class<?> type) {
                    return type.isRecord()
                            ? Arrays.stream(type.getRecordComponents())
                                    .filter(c -> c.isAnnotationPresent(BlankCells.class))
                                    .map(RecordComponent::getName)
                                    .collect(Collectors.toUnmodifiableSet())
                            : Set.of();
                }
            };

    /** Reports every null element of an array anywhere in {@code node}, by its pointer. */
    private static void findNullElements(JsonNode node, String at, Consumer<String> found) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String element = LocatedJson.child(at, i);
                if (node.get(i).isNull()) {
                    found.accept(element);
                } else {
                    findNullElements(node.get(i), element, found);
                }
            }
        } else if (node.isObject()) {
            node.properties()
                    .forEach(
                            e ->
                                    findNullElements(
                                            e.getValue(),
                                            LocatedJson.child(at, e.getKey()),
                                            found));
        }
    }
}
