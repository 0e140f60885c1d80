package cn.zwgk.audit.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.calendar.UnknownCalendarYearException;
import cn.zwgk.audit.calendar.WorkCalendar;
import cn.zwgk.audit.evidence.EvidenceLoader;
import cn.zwgk.audit.facts.EvidenceKind;
import cn.zwgk.audit.problem.EvidenceException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Property tests with fixed seeds, so a failure reproduces: random records never make the loader
 * throw anything but {@link EvidenceException}, and working-day arithmetic is consistent.
 */
class PropertyTest {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final WorkCalendar CAL = WorkCalendar.official();

    /** A random JSON value of the kinds a hand-edited field might hold, right or wrong. */
    static Arbitrary<Object> value() {
        return Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.bigIntegers()
                        .between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                        .map(b -> (Object) b),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.strings().ofMaxLength(20).map(s -> (Object) s),
                Arbitraries.of(
                                "办公室",
                                "法制科",
                                "财务科",
                                "2020-02-30",
                                "2020-13-01",
                                "2020-06-01",
                                "2020-06-01T09:00",
                                "2020-06-01T09:00+09:00",
                                "POL-1",
                                "办事指南",
                                "",
                                "null")
                        .map(s -> (Object) s),
                Arbitraries.of("list-null", "list-units", "object", "empty-list")
                        .map(s -> (Object) ("#" + s)));
    }

    private static void put(ObjectNode record, String field, Object v) {
        if (v == null) {
            record.putNull(field);
        } else if (v instanceof Integer i) {
            record.put(field, i);
        } else if (v instanceof Long l) {
            record.put(field, l);
        } else if (v instanceof BigInteger b) {
            record.put(field, b);
        } else if (v instanceof Double d) {
            record.put(field, d.isNaN() || d.isInfinite() ? 0.5 : d);
        } else if (v instanceof Boolean b) {
            record.put(field, b);
        } else if (v instanceof String s && s.startsWith("#")) {
            switch (s) {
                case "#list-null" -> record.putArray(field).add("办公室").addNull();
                case "#list-units" -> record.putArray(field).add("办公室").add("法制科");
                case "#object" -> record.putObject(field).put("a", 1);
                default -> record.putArray(field);
            }
        } else {
            record.put(field, (String) v);
        }
    }

    @Provide
    Arbitrary<List<Object>> fieldValues() {
        return value().list().ofSize(12);
    }

    @Provide
    Arbitrary<EvidenceKind> kinds() {
        return Arbitraries.of(EvidenceKind.class);
    }

    @Property(tries = 400, seed = "20261128")
    void randomRecordsNeverCrashTheLoader(
            @ForAll("kinds") EvidenceKind kind,
            @ForAll("fieldValues") List<Object> values,
            @ForAll @IntRange(min = 0, max = 3) int omitEvery)
            throws IOException {
        Path dir = Files.createTempDirectory("zwgk-prop");
        try {
            Files.copy(Path.of("rules/tests/profile.json"), dir.resolve("profile.json"));
            ObjectNode file =
                    NODES.objectNode()
                            .put("schema", "zwgk-evidence/1")
                            .put("kind", kind.fileName());
            ArrayNode records = file.putArray("records");
            ObjectNode record = records.addObject();
            RecordComponent[] fields = kind.type().getRecordComponents();
            for (int i = 0; i < fields.length; i++) {
                if (omitEvery == 0 || i % (omitEvery + 1) != omitEvery) {
                    put(record, fields[i].getName(), values.get(i % values.size()));
                }
            }
            Files.writeString(
                    dir.resolve("records.json"),
                    MAPPER.writeValueAsString(file),
                    StandardCharsets.UTF_8);
            try {
                new EvidenceLoader().load(dir);
            } catch (EvidenceException e) {
                assertThat(e.problems())
                        .isNotEmpty()
                        .allSatisfy(
                                p -> {
                                    assertThat(p.reason()).containsPattern("\\p{IsHan}");
                                    assertThat(p.toString())
                                            .contains(p.file().getFileName().toString());
                                });
            }
            // Anything else thrown (NullPointerException, IllegalStateException, ...) fails the
            // property.
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs()
                .between(
                        LocalDate.of(2002, 1, 1).toEpochDay(),
                        LocalDate.of(2026, 6, 30).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property(tries = 2000, seed = "20021231")
    void addingNWorkingDaysThenCountingGivesN(
            @ForAll("days") LocalDate from, @ForAll @IntRange(min = 0, max = 120) int n) {
        LocalDate end;
        try {
            end = CAL.addWorkingDays(from, n);
        } catch (UnknownCalendarYearException e) {
            Assume.that(false);
            return;
        }
        assertThat(CAL.workingDaysBetween(from, end)).isEqualTo(n);
        if (n > 0) {
            assertThat(CAL.isWorkingDay(end)).isTrue();
        }
    }

    @Property(tries = 2000, seed = "20260101")
    void addingWorkingDaysIsMonotoneInN(
            @ForAll("days") LocalDate from, @ForAll @IntRange(min = 0, max = 120) int n) {
        try {
            LocalDate a = CAL.addWorkingDays(from, n);
            LocalDate b = CAL.addWorkingDays(from, n + 1);
            assertThat(b).isAfter(a);
        } catch (UnknownCalendarYearException e) {
            Assume.that(false);
        }
    }
}
