package cn.zwgk.audit.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a value of one Java type is written in a ledger cell, and read back from one. Reading yields
 * the JSON value an evidence file would hold, so that ledgers are bound and checked by the same
 * code as JSON; only what a cell may look like beyond JSON (dates typed the usual Chinese ways,
 * Excel date cells, 是/否, lists in one cell) is dealt with here.
 */
public sealed interface CellForm {
    JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The JSON value of a non-empty cell. */
    JsonNode read(CellValue cell) throws UnreadableCell;

    /**
     * The value as text, as it stands in a list cell or in CSV.
     *
     * @throws IllegalArgumentException when the value cannot be written in the form (e.g. list
     *     separators in an item)
     */
    String text(Object value);

    /**
     * What a workbook cell gets for a value: text, a {@code Long}, a {@code LocalDate} or a {@code
     * LocalDateTime}.
     */
    default Object cell(Object value) {
        return text(value);
    }

    /** How to write it, for the 说明 sheet. */
    String describe();

    /** The values a cell may hold, for a list validation; empty when not a closed set. */
    default List<String> choices() {
        return List.of();
    }

    /** The form of values of {@code type}, the Java type of a record component. */
    static CellForm of(Type type) {
        if (type instanceof ParameterizedType generic
                && generic.getRawType() == Map.class
                && generic.getActualTypeArguments()[0] == String.class
                && CellForm.of(generic.getActualTypeArguments()[1]) instanceof ListOf row
                && row.element() instanceof WholeNumber) {
            return new NumberTable();
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            Type element = generic.getActualTypeArguments()[0];
            return new ListOf(
                    element instanceof Class<?> c && c.isRecord() ? Composite.of(c) : of(element));
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalArgumentException("no ledger form for " + type);
        }
        if (c == String.class) {
            return new Plain();
        }
        if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
            return new WholeNumber();
        }
        if (c == Boolean.class || c == boolean.class) {
            return new YesNo();
        }
        if (c == LocalDate.class) {
            return new Day();
        }
        if (c == OffsetDateTime.class) {
            return new Time();
        }
        if (c.isEnum()) {
            return new Choice(
                    Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList());
        }
        throw new IllegalArgumentException("no ledger form for " + type);
    }

    /** Text as typed, kept exactly: a trailing space is part of the value, as in JSON. */
    record Plain() implements CellForm {
        @Override
        public JsonNode read(CellValue cell) throws UnreadableCell {
            String text = typed(cell);
            if (text == null) {
                throw new UnreadableCell("应为文本，单元格是" + shown(cell));
            }
            return NODES.textNode(text);
        }

        @Override
        public String text(Object value) {
            return (String) value;
        }

        @Override
        public String describe() {
            return "文本";
        }
    }

    /** An integer. */
    record WholeNumber() implements CellForm {
        private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");

        @Override
        public JsonNode read(CellValue cell) throws UnreadableCell {
            if (cell instanceof CellValue.Number n
                    && n.value() == Math.rint(n.value())
                    && Math.abs(n.value()) < 1e15) {
                return number((long) n.value());
            }
            if (cell instanceof CellValue.Text t && INTEGER.matcher(t.text().strip()).matches()) {
                return number(Long.parseLong(t.text().strip()));
            }
            throw new UnreadableCell("值 " + shown(cell) + " 应为整数");
        }

        private static JsonNode number(long value) {
            return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
        }

        @Override
        public String text(Object value) {
            return value.toString();
        }

        @Override
        public Object cell(Object value) {
            return ((java.lang.Number) value).longValue();
        }

        @Override
        public String describe() {
            return "整数";
        }
    }

    /** A yes/no flag, written 是 or 否. */
    record YesNo() implements CellForm {
        @Override
        public JsonNode read(CellValue cell) throws UnreadableCell {
            if (cell instanceof CellValue.Bool b) {
                return NODES.booleanNode(b.value());
            }
            if (cell instanceof CellValue.Text t) {
                switch (t.text().strip().toLowerCase(Locale.ROOT)) {
                    case "是", "true" -> {
                        return NODES.booleanNode(true);
                    }
                    case "否", "false" -> {
                        return NODES.booleanNode(false);
                    }
                    default -> {}
                }
            }
            throw new UnreadableCell("值 " + shown(cell) + " 应为“是”或“否”");
        }

        @Override
        public String text(Object value) {
            return (Boolean) value ? "是" : "否";
        }

        @Override
        public String describe() {
            return "是 / 否";
        }

        @Override
        public List<String> choices() {
            return List.of("是", "否");
        }
    }

    /** A day: an Excel date cell, or text in one of the usual forms. */
    record Day() implements CellForm {
        @Override
        public JsonNode read(CellValue cell) throws UnreadableCell {
            if (cell instanceof CellValue.Moment m) {
                if (!m.value().toLocalTime().equals(LocalTime.MIDNIGHT)) {
                    throw new UnreadableCell("应为日期，单元格是带时间的 " + shown(cell));
                }
                return NODES.textNode(m.value().toLocalDate().toString());
            }
            if (cell instanceof CellValue.Text t) {
                Matcher m = Dates.DATE.matcher(t.text().strip());
                if (m.matches()) {
                    return NODES.textNode(Dates.day(m, t.text().strip()).toString());
                }
                // Excel writes a date cell into CSV as "2020/6/3 0:00" under a date-time format:
                // still a day.
                Matcher withTime = Dates.DATE_TIME.matcher(t.text().strip());
                if (withTime.matches()
                        && withTime.group("offset") == null
                        && Dates.time(withTime, t.text().strip()).equals("00:00")) {
                    return NODES.textNode(Dates.day(withTime, t.text().strip()).toString());
                }
            }
            throw new UnreadableCell(
                    "值 "
                            + shown(cell)
                            + " 不是日期（可写 2020-06-30、2020/6/30、2020年6月30日，"
                            + "或设为日期格式的单元格）");
        }

        @Override
        public String text(Object value) {
            return value.toString();
        }

        @Override
        public Object cell(Object value) {
            return value;
        }

        @Override
        public String describe() {
            return "日期，如 2020-06-30、2020/6/30、2020年6月30日，或日期格式的单元格";
        }
    }

    /** A time of day on a date, Beijing time unless an offset is written. */
    record Time() implements CellForm {
        private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
        private static final DateTimeFormatter SHOWN =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

        @Override
        public JsonNode read(CellValue cell) throws UnreadableCell {
            if (cell instanceof CellValue.Moment m) {
                return NODES.textNode(m.value().toString());
            }
            if (cell instanceof CellValue.Text t) {
                Matcher m = Dates.DATE_TIME.matcher(t.text().strip());
                if (m.matches()) {
                    LocalDate day = Dates.day(m, t.text().strip());
                    String time = Dates.time(m, t.text().strip());
                    return NODES.textNode(
                            day
                                    + "T"
                                    + time
                                    + (m.group("offset") == null ? "" : m.group("offset")));
                }
                if (Dates.DATE.matcher(t.text().strip()).matches()) {
                    throw new UnreadableCell(
                            "值 " + shown(cell) + " 缺少时刻（应写到时、分，如 2020-06-30 14:05）");
                }
            }
            throw new UnreadableCell(
                    "值 "
                            + shown(cell)
                            + " 不是时间（可写 2020-06-30 14:05、2020/6/30 14:05、"
                            + "2020年6月30日 14:05，或设为日期时间格式的单元格；按北京时间）");
        }

        /**
         * Beijing time without an offset, which is how the loader reads a time back; other offsets
         * kept as written.
         */
        @Override
        public String text(Object value) {
            OffsetDateTime time = (OffsetDateTime) value;
            return isBeijingWholeSeconds(time) ? SHOWN.format(time) : time.toString();
        }

        @Override
        public Object cell(Object value) {
            OffsetDateTime time = (OffsetDateTime) value;
            // A date cell holds milliseconds at best and no offset; anything finer is kept as text.
            return isBeijingWholeSeconds(time) ? time.toLocalDateTime() : time.toString();
        }

        private static boolean isBeijingWholeSeconds(OffsetDateTime time) {
            return time.getNano() == 0
                    && time.getOffset().equals(BEIJING.getRules().getOffset(time.toInstant()));
        }

        @Override
        public String describe() {
            return "时间（北京时间），如 2020-06-30 14:05、2020/6/30 14:05:30、2020年6月30日 14:05，或日期时间格式的单元格";
        }
    }

    /** One of a fixed set of names (a Java enum). */
    record Choice(List<String> values) implements CellForm {
        @Override
        public JsonNode read(CellValue cell) throws UnreadableCell {
            String name = typed(cell);
            if (name == null) {
                throw new UnreadableCell(
                        "值 " + shown(cell) + " 不是允许的取值（允许：" + String.join("、", values) + "）");
            }
            // Binding refuses a name not in the set, listing those allowed, as for JSON.
            return NODES.textNode(name.strip());
        }

        @Override
        public String text(Object value) {
            return ((Enum<?>) value).name();
        }

        @Override
        public String describe() {
            return "下列之一：" + String.join("、", values);
        }

        @Override
        public List<String> choices() {
            return values;
        }
    }

    /** Several values in one cell, separated by ；(or ; or line breaks). */
    record ListOf(CellForm element) implements CellForm {
        static final String SEPARATOR = "；";
        private static final Pattern SEPARATORS = Pattern.compile("[；;\\r\\n]+");

        @Override
        public JsonNode read(CellValue cell) throws UnreadableCell {
            ArrayNode items = NODES.arrayNode();
            if (!(cell instanceof CellValue.Text t)) {
                return items.add(element.read(cell));
            }
            for (String part : SEPARATORS.split(t.text())) {
                if (!part.isBlank()) {
                    items.add(element.read(new CellValue.Text(part.strip())));
                }
            }
            return items;
        }

        @Override
        public String text(Object value) {
            List<String> items = new ArrayList<>();
            for (Object item : (List<?>) value) {
                String text = element.text(item);
                if (text.isBlank()
                        || !text.equals(text.strip())
                        || SEPARATORS.matcher(text).find()) {
                    throw new IllegalArgumentException(
                            "列表中的一项“" + text + "”为空、首尾有空白或含有分隔符（；; 换行），" + "无法写入一个单元格");
                }
                items.add(text);
            }
            return String.join(SEPARATOR, items);
        }

        @Override
        public String describe() {
            return "多项写在一个单元格中，以“；”分隔（也可用 ; 或换行）；每项为" + element.describe();
        }
    }

    /**
     * A small record inside a list, its fields in order separated by spaces, e.g. {@code 听证
     * 2020-03-01}.
     */
    record Composite(
            List<String> fields, List<String> labels, List<CellForm> forms, List<Method> accessors)
            implements CellForm {
        private static final Pattern SPACES = Pattern.compile("\\s+");

        static Composite of(Class<?> record) {
            RecordComponent[] components = record.getRecordComponents();
            return new Composite(
                    Arrays.stream(components).map(RecordComponent::getName).toList(),
                    Arrays.stream(components).map(LedgerFormat::labelOf).toList(),
                    Arrays.stream(components).map(c -> CellForm.of(c.getGenericType())).toList(),
                    Arrays.stream(components).map(RecordComponent::getAccessor).toList());
        }

        @Override
        public JsonNode read(CellValue cell) throws UnreadableCell {
            String text = cell instanceof CellValue.Text t ? t.text().strip() : "";
            String[] parts = SPACES.split(text, fields.size());
            if (text.isEmpty() || parts.length != fields.size()) {
                throw new UnreadableCell(
                        "“" + excerpt(text) + "”应为“" + String.join(" ", labels) + "”，以空格分隔");
            }
            ObjectNode value = NODES.objectNode();
            for (int i = 0; i < parts.length; i++) {
                try {
                    value.set(fields.get(i), forms.get(i).read(new CellValue.Text(parts[i])));
                } catch (UnreadableCell e) {
                    throw new UnreadableCell(
                            "“" + excerpt(text) + "”的" + labels.get(i) + "：" + e.reason());
                }
            }
            return value;
        }

        @Override
        public String text(Object value) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                Object part = LedgerFormat.read(accessors.get(i), value);
                String text = part == null ? "" : forms.get(i).text(part);
                if (text.isEmpty() || SPACES.matcher(text).find()) {
                    throw new IllegalArgumentException(
                            labels.get(i) + "“" + excerpt(text) + "”为空或含有空白，无法写入一个单元格");
                }
                parts.add(text);
            }
            return String.join(" ", parts);
        }

        @Override
        public String describe() {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                parts.add(labels.get(i) + "为" + forms.get(i).describe());
            }
            return "“" + String.join(" ", labels) + "”，以空格分隔；" + String.join("；", parts);
        }
    }

    /**
     * A small table of counts in one cell (a published report's 表三, say): a line per row, the row's
     * name, a colon, then its numbers separated by commas, a blank cell left empty: {@code
     * 一：36,12,4,2,5,1,60}. Blank and 0 differ, so the form keeps them apart.
     */
    record NumberTable() implements CellForm {
        private static final Pattern ROWS = Pattern.compile("[；;\\r\\n]+");
        private static final Pattern NAME = Pattern.compile("\\s*([^：:]+?)\\s*[：:](.*)");
        private static final Pattern CELLS = Pattern.compile("[，,]");

        @Override
        public JsonNode read(CellValue cell) throws UnreadableCell {
            if (!(cell instanceof CellValue.Text t)) {
                throw new UnreadableCell("应为“行名：数,数,…”形式的文本，单元格是" + shown(cell));
            }
            ObjectNode table = NODES.objectNode();
            for (String line : ROWS.split(t.text())) {
                if (line.isBlank()) {
                    continue;
                }
                Matcher row = NAME.matcher(line);
                if (!row.matches()) {
                    throw new UnreadableCell("“" + excerpt(line.strip()) + "”应为“行名：数,数,…”");
                }
                ArrayNode values = table.putArray(row.group(1));
                for (String value : CELLS.split(row.group(2), -1)) {
                    try {
                        values.add(
                                value.isBlank()
                                        ? NODES.nullNode()
                                        : new WholeNumber().read(new CellValue.Text(value)));
                    } catch (UnreadableCell e) {
                        throw new UnreadableCell("“" + excerpt(row.group(1)) + "”行：" + e.reason());
                    }
                }
            }
            return table;
        }

        @Override
        public String text(Object value) {
            List<String> lines = new ArrayList<>();
            ((Map<?, ?>) value)
                    .forEach(
                            (name, row) -> {
                                if (ROWS.matcher(name.toString()).find()
                                        || name.toString().matches(".*[：:].*")) {
                                    throw new IllegalArgumentException(
                                            "行名“" + name + "”含有分隔符，无法写入一个单元格");
                                }
                                lines.add(
                                        name
                                                + "："
                                                + (row == null
                                                        ? ""
                                                        : ((List<?>) row)
                                                                .stream()
                                                                        .map(
                                                                                v ->
                                                                                        v == null
                                                                                                ? ""
                                                                                                : v
                                                                                                        .toString())
                                                                        .collect(
                                                                                Collectors.joining(
                                                                                        ","))));
                            });
            return String.join("\n", lines);
        }

        @Override
        public String describe() {
            return "表格数字：每行一项“行名：数,数,…”（行名如 一、三（三）4），各数按表中列序以逗号分隔，空格留空";
        }
    }

    /**
     * What was typed in a text or a number cell, for forms that read text: a number typed in a text
     * column (a document number, an id, a code) is the digits shown. Null for any other cell.
     */
    private static String typed(CellValue cell) {
        if (cell instanceof CellValue.Text t) {
            return t.text();
        }
        return cell instanceof CellValue.Number n ? plainNumber(n.value()) : null;
    }

    /** Shows a cell's content in a reason, as the person sees it. */
    private static String shown(CellValue cell) {
        if (cell instanceof CellValue.Text t) {
            return "“" + excerpt(t.text()) + "”";
        }
        if (cell instanceof CellValue.Number n) {
            return plainNumber(n.value());
        }
        if (cell instanceof CellValue.Moment m) {
            return m.value().toLocalTime().equals(LocalTime.MIDNIGHT)
                    ? "日期 " + m.value().toLocalDate()
                    : "时间 " + m.value().toString().replace('T', ' ');
        }
        if (cell instanceof CellValue.Bool b) {
            return b.value() ? "TRUE" : "FALSE";
        }
        CellValue.Error error = (CellValue.Error) cell;
        return error.code().startsWith("（") ? error.code() : "错误值 " + error.code();
    }

    /** Characters of a cell quoted in a reason at most (默认值): a pasted page is not echoed whole. */
    static final int MAX_QUOTED = 200;

    /** The text, or its start and its length when longer than {@link #MAX_QUOTED}. */
    static String excerpt(String text) {
        if (text.length() <= MAX_QUOTED) {
            return text;
        }
        int end =
                Character.isHighSurrogate(text.charAt(MAX_QUOTED - 1))
                        ? MAX_QUOTED - 1
                        : MAX_QUOTED;
        return text.substring(0, end) + "…（共 " + text.length() + " 字）";
    }

    private static String plainNumber(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
