package cn.zwgk.audit.ledger;

import cn.zwgk.audit.facts.EvidenceKind;
import cn.zwgk.audit.facts.Label;
import cn.zwgk.audit.facts.Required;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The ledger (台账) form of the evidence kinds, derived from the record types: one table per kind (a
 * workbook sheet named by the kind's label, or a CSV file named by the kind), one column per record
 * component, headed by its {@link Label} (or its field name), in declaration order. A new field or
 * kind thus appears in the template, the reader and the converter at once.
 */
public final class LedgerFormat {
    private LedgerFormat() {}

    /** The template's sheet explaining every column; not evidence. */
    public static final String NOTES_SHEET = "说明";

    /**
     * The template's hidden sheet listing the allowed values that list validations refer to; not
     * evidence.
     */
    public static final String CHOICES_SHEET = "取值";

    /**
     * The header of the row-number column office ledgers keep first. It numbers rows and holds no
     * evidence, so a table may have it and it is read past rather than refused as unknown.
     */
    public static final String ROW_NUMBER_HEADER = "序号";

    /** One column of a kind's table: a record component, and how to read it off a record. */
    public record Column(
            String field, String label, boolean required, CellForm form, Method accessor) {

        /** Whether a header cell names this column, by its label or by its field name. */
        public boolean isNamedBy(String header) {
            return label.equals(header) || field.equals(header);
        }

        /** This column's value in a record of its kind. */
        public Object valueIn(Object record) {
            return read(accessor, record);
        }
    }

    private static final Map<EvidenceKind, List<Column>> COLUMNS =
            new EnumMap<EvidenceKind, List<Column>>(
                    Stream.of(EvidenceKind.values())
                            .collect(Collectors.toMap(k -> k, LedgerFormat::derive)));

    /** The columns of a kind's table, in the record's order. */
    public static List<Column> columns(EvidenceKind kind) {
        return COLUMNS.get(kind);
    }

    private static List<Column> derive(EvidenceKind kind) {
        return Arrays.stream(kind.type().getRecordComponents())
                .map(
                        c ->
                                new Column(
                                        c.getName(),
                                        labelOf(c),
                                        c.isAnnotationPresent(Required.class),
                                        CellForm.of(c.getGenericType()),
                                        c.getAccessor()))
                .toList();
    }

    /** The sheet a kind's records are kept in. */
    public static String sheetName(EvidenceKind kind) {
        return kind.label();
    }

    /** The kind a sheet holds, named by the kind's label (依申请公开办理记录) or its name (application). */
    public static Optional<EvidenceKind> kindOfSheet(String sheet) {
        String name = sheet.strip();
        return Arrays.stream(EvidenceKind.values())
                .filter(k -> k.label().equals(name) || k.fileName().equals(name))
                .findFirst();
    }

    /**
     * The kind a CSV file holds, by its name: the kind's name or label, alone or followed by {@code
     * -} and anything ({@code application.csv}, {@code application-2020.csv}, {@code
     * 依申请公开办理记录-上半年.csv}). The longest name wins, so {@code major-decision-1.csv} is not read as
     * some shorter kind.
     */
    public static Optional<EvidenceKind> kindOfCsv(String fileName) {
        String name =
                fileName.endsWith(".csv") ? fileName.substring(0, fileName.length() - 4) : fileName;
        return Arrays.stream(EvidenceKind.values())
                .flatMap(
                        k ->
                                Stream.of(k.fileName(), k.label())
                                        .filter(n -> name.equals(n) || name.startsWith(n + "-"))
                                        .map(n -> Map.entry(n.length(), k)))
                .max(Comparator.comparingInt(Map.Entry::getKey))
                .map(Map.Entry::getValue);
    }

    /** Every kind as a sheet may name it, for error messages. */
    public static String kindNames() {
        return Arrays.stream(EvidenceKind.values())
                .map(k -> k.label() + "（" + k.fileName() + "）")
                .collect(Collectors.joining("、"));
    }

    static String labelOf(RecordComponent component) {
        Label label = component.getAnnotation(Label.class);
        return label == null ? component.getName() : label.value();
    }

    /**
     * A record component's value, read through its accessor (looked up once, when the format is
     * derived).
     */
    static Object read(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "cannot read " + accessor.getName() + " of " + record.getClass(), e);
        }
    }
}
