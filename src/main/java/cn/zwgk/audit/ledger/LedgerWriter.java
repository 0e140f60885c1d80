package cn.zwgk.audit.ledger;

import cn.zwgk.audit.digest.ZipEntryTimes;
import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.facts.EvidenceKind;
import cn.zwgk.audit.json.JsonFiles;
import cn.zwgk.audit.text.SafeText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes evidence records as a ledger workbook ({@code .xlsx}) in {@link LedgerFormat}: a 说明 sheet
 * explaining every column, one sheet per kind (Chinese headers, each with its field name in a
 * comment; list validations for closed sets and 是/否, date validations for dates and times), and a
 * hidden 取值 sheet the list validations refer to. With no records it is the template. Or one kind's
 * records as a ledger CSV file.
 *
 * <p>Every text goes through {@link SafeText} so that it reads back exactly: a value no ledger file
 * can hold as it is (a control character, a text over the cell limit) is refused, never cut or
 * replaced. The same records give the same bytes: no clock is read.
 */
public final class LedgerWriter {
    private LedgerWriter() {}

    /** The last row validations cover: Excel's last. */
    private static final int LAST_ROW = 1_048_575;

    /** Column widths in characters: a date fits the narrowest; wider text wraps in the widest. */
    private static final int MIN_WIDTH = 10;

    private static final int MAX_WIDTH = 60;

    /** Document and zip entry dates: fixed, so that output depends on the records alone. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

    /**
     * Record values a cell cannot hold as they are (a list item containing the list separator, a
     * control character, text over the cell limit), every one of them: the caller places each at
     * the record's source.
     */
    public static final class UnwritableValue extends Exception {
        private static final long serialVersionUID = 1L;

        private final transient List<Unwritable> values;

        UnwritableValue(List<Unwritable> values) {
            super(values.size() + " 个值无法原样写入", null, false, false);
            this.values = List.copyOf(values);
        }

        public List<Unwritable> values() {
            return values;
        }
    }

    /**
     * One value that cannot be written: its record, the field (the JSON key) and why, in Chinese.
     */
    public record Unwritable(Evidence record, String field, String reason) {}

    /** What the cells are written into: the limit of one cell and how the reason names it. */
    private enum Target {
        WORKBOOK("工作簿", SpreadsheetVersion.EXCEL2007.getMaxTextLength(), "Excel 单元格"),
        /** One character short of what reading takes: the formula mark may come before it. */
        CSV("CSV 文件", JsonFiles.MAX_STRING_LENGTH - 1, "CSV 单元格");

        final String name;
        final int maxChars;
        final String limitOf;

        Target(String name, int maxChars, String limitOf) {
            this.name = name;
            this.maxChars = maxChars;
            this.limitOf = limitOf;
        }
    }

    /** An empty ledger with a sheet for every kind. */
    public static byte[] template() throws IOException {
        try {
            return write(List.of(EvidenceKind.values()), List.of());
        } catch (UnwritableValue e) {
            throw new IllegalStateException("no records, nothing unwritable", e);
        }
    }

    /**
     * A ledger of {@code records}, with a sheet for each kind the records hold and for each of
     * {@code kinds}, in the order of {@link EvidenceKind}: the same records give the same bytes
     * whatever order their files were read in.
     */
    public static byte[] write(List<EvidenceKind> kinds, List<? extends Evidence> records)
            throws IOException, UnwritableValue {
        Map<EvidenceKind, List<Object[]>> cells = cellsByKind(kinds, records, Target.WORKBOOK);
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            Sheet notes = book.createSheet(fixed(LedgerFormat.NOTES_SHEET));
            Choices choices = new Choices(book.createSheet(fixed(LedgerFormat.CHOICES_SHEET)));
            for (Map.Entry<EvidenceKind, List<Object[]>> kind : cells.entrySet()) {
                writeSheet(book, kind.getKey(), kind.getValue(), styles, choices);
            }
            writeNotes(notes, cells.keySet(), styles);
            book.setSheetVisibility(book.getSheetIndex(choices.sheet), SheetVisibility.HIDDEN);
            book.setActiveSheet(book.getNumberOfSheets() > 2 ? 2 : 0);
            var core = book.getProperties().getCoreProperties();
            Optional<Date> fixed = Optional.of(Date.from(FIXED_TIME.toInstant(ZoneOffset.UTC)));
            core.setCreated(fixed);
            core.setModified(fixed);
            core.setCreator("zwgk-audit");
            core.setTitle("政务公开工作台账");
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            book.write(written);
            return ZipEntryTimes.fixed(written.toByteArray(), FIXED_TIME);
        }
    }

    /**
     * The records as ledger CSV files, one per kind they hold, in the order of {@link
     * EvidenceKind}, each named {@code <kind>.csv} (UTF-8 with a byte order mark, so that Excel
     * opens it as UTF-8): the header row of Chinese labels, then a row per record. Text a
     * spreadsheet would run as a formula is marked with an apostrophe, which reading takes off
     * again.
     */
    public static Map<String, byte[]> csv(List<? extends Evidence> records) throws UnwritableValue {
        Map<EvidenceKind, List<Object[]>> cells = cellsByKind(List.of(), records, Target.CSV);
        Map<String, byte[]> files = new LinkedHashMap<>();
        cells.forEach(
                (kind, rows) -> {
                    StringBuilder out = new StringBuilder("\uFEFF");
                    appendCsvRow(
                            out,
                            LedgerFormat.columns(kind).stream()
                                    .map(c -> fixed(c.label()))
                                    .toArray());
                    rows.forEach(row -> appendCsvRow(out, row));
                    files.put(
                            kind.fileName() + ".csv",
                            out.toString().getBytes(StandardCharsets.UTF_8));
                });
        return files;
    }

    /**
     * The cells of each kind's rows, for {@code kinds} and for each kind the records hold, in the
     * order of {@link EvidenceKind}.
     *
     * @throws UnwritableValue listing every value {@code target} cannot hold as it is
     */
    private static Map<EvidenceKind, List<Object[]>> cellsByKind(
            List<EvidenceKind> kinds, List<? extends Evidence> records, Target target)
            throws UnwritableValue {
        Map<EvidenceKind, List<Evidence>> byKind = new EnumMap<>(EvidenceKind.class);
        kinds.forEach(k -> byKind.put(k, new ArrayList<>()));
        for (Evidence record : records) {
            byKind.computeIfAbsent(EvidenceKind.of(record), k -> new ArrayList<>()).add(record);
        }
        Map<EvidenceKind, List<Object[]>> cells = new EnumMap<>(EvidenceKind.class);
        List<Unwritable> unwritable = new ArrayList<>();
        byKind.forEach((kind, list) -> cells.put(kind, cellsOf(kind, list, target, unwritable)));
        if (!unwritable.isEmpty()) {
            throw new UnwritableValue(unwritable);
        }
        return cells;
    }

    /** A CSV record, CRLF-ended as RFC 4180 has it; an empty field for a null. */
    private static void appendCsvRow(StringBuilder out, Object[] fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            if (fields[i] != null) {
                out.append(SafeText.csvExact((String) fields[i]));
            }
        }
        out.append("\r\n");
    }

    /**
     * Text of this tool's own (labels, sheet names, notes) checked as evidence text is: it has to
     * pass too, as every cell written does.
     */
    private static String fixed(String text) {
        if (SafeText.firstUnwritable(text) >= 0) {
            throw new IllegalStateException("unwritable fixed text: " + text);
        }
        return text;
    }

    private static void writeSheet(
            XSSFWorkbook book,
            EvidenceKind kind,
            List<Object[]> cells,
            Styles styles,
            Choices choices) {
        Sheet sheet = book.createSheet(fixed(LedgerFormat.sheetName(kind)));
        List<LedgerFormat.Column> columns = LedgerFormat.columns(kind);
        Row header = sheet.createRow(0);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        DataValidationHelper validations = sheet.getDataValidationHelper();
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            LedgerFormat.Column column = columns.get(i);
            Cell cell = header.createCell(i);
            cell.setCellValue(fixed(column.label()));
            cell.setCellStyle(column.required() ? styles.requiredHeader : styles.header);
            cell.setCellComment(comment(book, drawing, i, column));
            widths[i] = columnWidth(column, cells, i);
            sheet.setColumnWidth(i, widths[i] * 256);
            sheet.setDefaultColumnStyle(i, styles.forForm(column.form()));
            validate(sheet, validations, i, column, choices);
        }
        // The header stays in view while scrolling down, and the 编号 column while scrolling right.
        sheet.createFreezePane(1, 1);
        for (int r = 0; r < cells.size(); r++) {
            Row row = sheet.createRow(r + 1);
            int lines = 1;
            for (int i = 0; i < columns.size(); i++) {
                Object value = cells.get(r)[i];
                if (value != null) {
                    put(row.createCell(i), value, widths[i], styles);
                    lines = Math.max(lines, linesOf(value, widths[i]));
                }
            }
            if (lines > 1) {
                // Excel does not grow a row for wrapped text it did not lay out itself.
                row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
            }
        }
    }

    /**
     * The records' cell values, a row per record, null where a field is empty: for a workbook what
     * {@link CellForm#cell} gives, for CSV the text. Values that cannot be written as they are go
     * to {@code unwritable}, all of them, not only the first.
     */
    private static List<Object[]> cellsOf(
            EvidenceKind kind, List<Evidence> records, Target target, List<Unwritable> unwritable) {
        List<LedgerFormat.Column> columns = LedgerFormat.columns(kind);
        List<Object[]> rows = new ArrayList<>();
        for (Evidence record : records) {
            Object[] row = new Object[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                LedgerFormat.Column column = columns.get(i);
                Object value = column.valueIn(record);
                try {
                    row[i] =
                            value == null
                                    ? null
                                    : checked(
                                            target == Target.WORKBOOK
                                                    ? column.form().cell(value)
                                                    : column.form().text(value),
                                            target);
                } catch (IllegalArgumentException e) {
                    unwritable.add(
                            new Unwritable(
                                    record,
                                    column.field(),
                                    "无法原样写入"
                                            + target.name
                                            + "（"
                                            + kind.label()
                                            + " "
                                            + record.id()
                                            + "）："
                                            + e.getMessage()));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * The cell value when {@code target} holds it exactly as it is.
     *
     * @throws IllegalArgumentException saying why not: a character no ledger file holds, or text
     *     over the cell limit; cutting or replacing would change the evidence
     */
    private static Object checked(Object value, Target target) {
        if (!(value instanceof String text)) {
            return value;
        }
        int bad = SafeText.firstUnwritable(text);
        if (bad >= 0) {
            throw new IllegalArgumentException(
                    String.format(
                            "第 %d 个字符 U+%04X 是控制字符或无效字符，台账文件无法保存；请在证据中删去或改正",
                            text.codePointCount(0, bad) + 1, (int) text.charAt(bad)));
        }
        if (text.length() > target.maxChars) {
            throw new IllegalArgumentException(
                    "文本长 "
                            + text.length()
                            + " 字符，超过 "
                            + target.limitOf
                            + "上限 "
                            + target.maxChars
                            + " 字符"
                            + (target == Target.WORKBOOK
                                    ? "；请保留为 JSON 证据，或转换为 CSV 台账（zwgk convert 证据目录 输出目录）"
                                    : ""));
        }
        return value;
    }

    /**
     * A column's width in characters: its widest line, the bold header included, with a little
     * room, within {@link #MIN_WIDTH} and {@link #MAX_WIDTH}; wider text wraps.
     */
    private static int columnWidth(LedgerFormat.Column column, List<Object[]> cells, int index) {
        int widest = displayWidth(column.label()) + 2;
        for (Object[] row : cells) {
            if (row[index] != null) {
                widest =
                        Math.max(
                                widest,
                                shownText(row[index])
                                                .lines()
                                                .mapToInt(LedgerWriter::displayWidth)
                                                .max()
                                                .orElse(0)
                                        + 1);
            }
        }
        return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest));
    }

    /** How many lines a cell takes in a column {@code width} characters wide. */
    private static int linesOf(Object value, int width) {
        return value instanceof String text
                ? text.lines()
                        .mapToInt(line -> Math.max(1, (displayWidth(line) + width - 1) / width))
                        .sum()
                : 1;
    }

    /** The text a cell shows, for measuring: dates and times as their formats show them. */
    private static String shownText(Object value) {
        if (value instanceof LocalDate) {
            return "yyyy-mm-dd";
        }
        return value instanceof LocalDateTime ? "yyyy-mm-dd hh:mm:ss" : value.toString();
    }

    /**
     * Width in characters of the default font: Chinese and other full-width characters take two.
     */
    static int displayWidth(String text) {
        return text.codePoints()
                .map(
                        c ->
                                Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                                                || (c >= 0x3000 && c <= 0x30FF)
                                                || (c >= 0xFF00 && c <= 0xFFEF)
                                        ? 2
                                        : 1)
                .sum();
    }

    private static void put(Cell cell, Object value, int width, Styles styles) {
        if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(styles.date);
        } else if (value instanceof LocalDateTime time) {
            cell.setCellValue(time);
            cell.setCellStyle(styles.time);
        } else if (value instanceof Long number) {
            cell.setCellValue(number);
        } else {
            String text = (String) value;
            cell.setCellValue(SafeText.spreadsheetString(text));
            cell.setCellStyle(linesOf(text, width) > 1 ? styles.wrappedText : styles.text);
        }
    }

    /**
     * The field name (the JSON key) and how to write the column, shown when the header is pointed
     * at.
     */
    private static Comment comment(
            XSSFWorkbook book, Drawing<?> drawing, int column, LedgerFormat.Column c) {
        ClientAnchor anchor = book.getCreationHelper().createClientAnchor();
        anchor.setCol1(column);
        anchor.setCol2(column + 4);
        anchor.setRow1(0);
        anchor.setRow2(5);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(
                book.getCreationHelper()
                        .createRichTextString(
                                c.field()
                                        + (c.required() ? "（必填）" : "")
                                        + "\n"
                                        + c.form().describe()));
        comment.setAuthor("zwgk-audit");
        return comment;
    }

    private static void validate(
            Sheet sheet,
            DataValidationHelper helper,
            int column,
            LedgerFormat.Column c,
            Choices choices) {
        DataValidationConstraint constraint;
        if (!c.form().choices().isEmpty()) {
            constraint = helper.createFormulaListConstraint(choices.range(c.form().choices()));
        } else if (c.form() instanceof CellForm.Day || c.form() instanceof CellForm.Time) {
            constraint =
                    helper.createDateConstraint(
                            OperatorType.BETWEEN, "DATE(1900,1,1)", "DATE(9999,12,31)", null);
        } else if (c.form() instanceof CellForm.WholeNumber) {
            constraint =
                    helper.createIntegerConstraint(
                            OperatorType.BETWEEN, "-2147483648", "2147483647");
        } else {
            return;
        }
        DataValidation validation =
                helper.createValidation(
                        constraint, new CellRangeAddressList(1, LAST_ROW, column, column));
        validation.setShowErrorBox(true);
        validation.createErrorBox(c.label(), "应为" + c.form().describe());
        validation.setShowPromptBox(false);
        sheet.addValidationData(validation);
    }

    private static void writeNotes(Sheet notes, Iterable<EvidenceKind> kinds, Styles styles) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(
                List.of(
                        "政务公开工作台账：每个工作表是一类证据，第一行为列名（中文列名或批注中的字段名均可；"
                                + "列名行之上可加标题行；“序号”列读取时略过），其下每行一条记录；空行忽略。"));
        lines.add(
                List.of(
                        "日期可写 2020-06-30、2020/6/30、2020年6月30日，或用日期格式的单元格；"
                                + "时间按北京时间，如 2020-06-30 14:05。是否类写“是”或“否”。多项写在一个单元格中，以“；”分隔。"));
        lines.add(List.of("标为红色的列必填。编号在整个证据目录内唯一。"));
        lines.add(List.of());
        lines.add(List.of("工作表", "列名", "字段", "必填", "写法"));
        for (EvidenceKind kind : kinds) {
            for (LedgerFormat.Column c : LedgerFormat.columns(kind)) {
                lines.add(
                        List.of(
                                LedgerFormat.sheetName(kind),
                                c.label(),
                                c.field(),
                                c.required() ? "是" : "否",
                                c.form().describe()));
            }
        }
        for (int r = 0; r < lines.size(); r++) {
            Row row = notes.createRow(r);
            for (int i = 0; i < lines.get(r).size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(fixed(lines.get(r).get(i)));
                if (r == 4) {
                    cell.setCellStyle(styles.header);
                }
            }
        }
        int[] widths = {22, 22, 22, 6, 90};
        for (int i = 0; i < widths.length; i++) {
            notes.setColumnWidth(i, widths[i] * 256);
        }
    }

    /** The hidden sheet of allowed values: one column per distinct set, each set written once. */
    private static final class Choices {
        private final Sheet sheet;
        private final Map<List<String>, String> ranges = new LinkedHashMap<>();

        Choices(Sheet sheet) {
            this.sheet = sheet;
        }

        String range(List<String> values) {
            return ranges.computeIfAbsent(
                    values,
                    v -> {
                        int column = ranges.size();
                        for (int r = 0; r < v.size(); r++) {
                            Row row =
                                    sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
                            row.createCell(column).setCellValue(fixed(v.get(r)));
                        }
                        String letter = CellReference.convertNumToColString(column);
                        return "'"
                                + sheet.getSheetName()
                                + "'!$"
                                + letter
                                + "$1:$"
                                + letter
                                + "$"
                                + v.size();
                    });
        }
    }

    /** The workbook's cell styles, made once: a workbook holds at most 64,000. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle requiredHeader;
        final CellStyle text;

        /** Text of several lines (年报统计表 rows, long titles): wrapped, from the top of the cell. */
        final CellStyle wrappedText;

        final CellStyle date;
        final CellStyle time;
        final CellStyle general;

        Styles(XSSFWorkbook book) {
            header = headerStyle(book, IndexedColors.BLACK);
            requiredHeader = headerStyle(book, IndexedColors.DARK_RED);
            text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            wrappedText = book.createCellStyle();
            wrappedText.cloneStyleFrom(text);
            wrappedText.setWrapText(true);
            wrappedText.setVerticalAlignment(VerticalAlignment.TOP);
            date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            time = book.createCellStyle();
            time.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            general = book.createCellStyle();
        }

        /** The style of a column's empty cells, so that what is typed there is taken as meant. */
        CellStyle forForm(CellForm form) {
            if (form instanceof CellForm.Day) {
                return date;
            }
            if (form instanceof CellForm.Time) {
                return time;
            }
            return form instanceof CellForm.WholeNumber ? general : text;
        }

        private static CellStyle headerStyle(XSSFWorkbook book, IndexedColors colour) {
            CellStyle style = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            font.setColor(colour.getIndex());
            style.setFont(font);
            style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setBorderBottom(BorderStyle.THIN);
            return style;
        }
    }
}
