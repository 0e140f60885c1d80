package cn.zwgk.audit.ledger;

import cn.zwgk.audit.json.JsonFiles;
import cn.zwgk.audit.text.SafeText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads ledger files, {@code .xlsx} workbooks and UTF-8 {@code .csv} files, into tables of cells.
 */
public final class LedgerFiles {
    private LedgerFiles() {}

    /**
     * A ledger file that cannot be read as a whole; {@code line} is the CSV line at fault, or 0.
     */
    public static final class UnreadableFile extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;

        public UnreadableFile(int line, String reason) {
            super(reason);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static boolean isLedger(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".xlsx") || name.endsWith(".csv");
    }

    /**
     * The tables of a workbook (every sheet but the template's {@link LedgerFormat#NOTES_SHEET} and
     * {@link LedgerFormat#CHOICES_SHEET}) or of a CSV file (one table).
     *
     * @throws JsonFiles.NotUtf8Exception when a CSV file is not UTF-8
     * @throws JsonFiles.TooLargeException when the file is larger than {@link
     *     JsonFiles#MAX_FILE_BYTES}
     * @throws UnreadableFile when the file is not a workbook, or a CSV file is malformed
     */
    public static List<LedgerTable> read(Path file) throws IOException {
        return file.getFileName().toString().endsWith(".csv")
                ? List.of(readCsv(file))
                : readWorkbook(file);
    }

    private static List<LedgerTable> readWorkbook(Path file) throws IOException {
        long size = Files.size(file);
        if (size > JsonFiles.MAX_FILE_BYTES) {
            throw new JsonFiles.TooLargeException(size);
        }
        try (Workbook book = open(file)) {
            List<LedgerTable> tables = new ArrayList<>();
            for (Sheet sheet : book) {
                String name = sheet.getSheetName();
                if (!name.equals(LedgerFormat.NOTES_SHEET)
                        && !name.equals(LedgerFormat.CHOICES_SHEET)) {
                    tables.add(new LedgerTable(name, rows(sheet)));
                }
            }
            return tables;
        } catch (UnreadableFile e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFile(0, "工作簿设有密码，无法读取；请另存为无密码的 .xlsx");
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            // POI says what is wrong in English, with advice for programmers; the person needs to
            // know in their words why the file is refused.
            throw new UnreadableFile(0, UNREADABLE + whyUnreadable(e));
        }
    }

    private static final String UNREADABLE = "不是可读取的 Excel 工作簿（.xlsx）：";

    /**
     * Rows a worksheet may have. POI builds every row of a sheet in memory (1M styled empty rows:
     * about a minute and 5 GB), so a sheet is counted before POI sees it. A ledger of a year's
     * records stays far below this; larger evidence comes as JSON, which is read in linear cost.
     * (默认值)
     */
    static final int MAX_SHEET_ROWS = 200_000;

    /**
     * A workbook opened by POI after each worksheet has been scanned (see {@link #scan}); other
     * files (an encrypted workbook is an OLE2 file) go to POI as they are, to be refused there.
     */
    private static Workbook open(Path file) throws IOException, InvalidFormatException {
        if (FileMagic.valueOf(file.toFile()) != FileMagic.OOXML) {
            return WorkbookFactory.create(file.toFile(), null, true);
        }
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            scan(pkg);
            return new XSSFWorkbook(pkg);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    private static final String RELATIONSHIPS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** Each sheet of the workbook, by name, streamed before POI builds it. */
    private static void scan(OPCPackage pkg) throws IOException, InvalidFormatException {
        PackagePart workbook =
                pkg.getPart(
                        pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
                                .getRelationship(0));
        if (workbook == null) {
            return; // POI says the workbook is missing
        }
        Map<String, String> sheets = new LinkedHashMap<>();
        stream(
                workbook,
                "工作簿目录",
                xml -> {
                    if (xml.getLocalName().equals("sheet")) {
                        sheets.put(
                                xml.getAttributeValue(null, "name"),
                                xml.getAttributeValue(RELATIONSHIPS, "id"));
                    }
                });
        for (Map.Entry<String, String> sheet : sheets.entrySet()) {
            PackageRelationship link =
                    sheet.getValue() == null ? null : workbook.getRelationship(sheet.getValue());
            PackagePart part = link == null ? null : workbook.getRelatedPart(link);
            if (part != null) {
                scanSheet(sheet.getKey(), part);
            }
        }
    }

    /**
     * Refuses a sheet POI would read wrongly or at great cost: more rows than {@link
     * #MAX_SHEET_ROWS}; one row number twice, or one cell twice in a row (POI keeps only the last,
     * so data would be lost without a word). Excel never writes either; other programs and
     * hand-made files can.
     */
    private static void scanSheet(String name, PackagePart part) throws IOException {
        Set<String> rowsSeen = new HashSet<>();
        Set<String> cellsSeen = new HashSet<>();
        int[] rows = {0};
        String[] row = {null};
        stream(
                part,
                "工作表“" + name + "”",
                xml -> {
                    if (xml.getLocalName().equals("row")) {
                        rows[0]++;
                        cellsSeen.clear();
                        row[0] = xml.getAttributeValue(null, "r");
                        if (row[0] != null && !rowsSeen.add(row[0])) {
                            throw new UnreadableFile(
                                    lineOf(row[0]),
                                    "工作表“"
                                            + name
                                            + "”的第 "
                                            + row[0]
                                            + " 行在文件中出现不止一次（行号重复），读取会丢掉前面的行：请在 Excel 中打开、核对并另存");
                        }
                    } else if (xml.getLocalName().equals("c")) {
                        String cell = xml.getAttributeValue(null, "r");
                        if (cell != null && !cellsSeen.add(cell)) {
                            throw new UnreadableFile(
                                    lineOf(row[0]),
                                    "工作表“"
                                            + name
                                            + "”的单元格 "
                                            + CellForm.excerpt(cell)
                                            + " 在同一行中出现不止一次，读取会丢掉前一个：请在 Excel 中打开、核对并另存");
                        }
                    }
                });
        if (rows[0] > MAX_SHEET_ROWS) {
            throw new UnreadableFile(
                    0,
                    "工作表“"
                            + name
                            + "”共 "
                            + rows[0]
                            + " 行，超过台账每个工作表 "
                            + MAX_SHEET_ROWS
                            + " 行的上限；请删去表尾的空行，或把记录分到几个文件");
        }
    }

    private static int lineOf(String rowNumber) {
        return rowNumber != null && rowNumber.matches("\\d{1,7}") ? Integer.parseInt(rowNumber) : 0;
    }

    /** What is done with each element's start as a part's XML is streamed. */
    private interface OnElement {
        void start(XMLStreamReader xml) throws UnreadableFile;
    }

    /**
     * Streams a part's XML with DTDs and external entities off, calling {@code onElement} for each
     * element; a DOCTYPE is refused, as POI refuses it.
     */
    private static void stream(PackagePart part, String what, OnElement onElement)
            throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new UnreadableFile(0, UNREADABLE + DOCTYPE);
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    onElement.start(xml);
                }
            }
        } catch (XMLStreamException e) {
            String why = whyUnreadable(e);
            throw new UnreadableFile(
                    0, why.equals(DAMAGED) ? what + "的 XML 已损坏" : UNREADABLE + why);
        }
    }

    private static final String DOCTYPE = "含 DOCTYPE 声明的 XML（可被用来读取本机文件），不予读取";

    private static final String DAMAGED = "文件已损坏或内容不符合 .xlsx 格式";

    /** A reason in words for a workbook POI refuses; POI's own text never reaches the user. */
    static String whyUnreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof java.nio.file.AccessDeniedException) {
                return "没有读取权限";
            }
            if (message.contains("Zip bomb") || message.contains("ZipSecureFile")) {
                return "压缩比异常（疑似 zip 炸弹：解压后远大于文件本身），不予读取";
            }
            if (message.contains("DOCTYPE")) {
                return DOCTYPE;
            }
            if (message.contains("Zip") || message.contains("zip") || message.contains("OLE2")) {
                return "文件已损坏或不是 .xlsx 格式（旧的 .xls 请另存为 .xlsx）";
            }
        }
        return DAMAGED;
    }

    /** Said for a formula cell saved without its result (written by a program, not by Excel). */
    static final String NO_RESULT = "（公式没有保存计算结果，请在 Excel 中打开、重新计算并保存）";

    /** Said for a text cell longer than evidence text may be, instead of the text itself. */
    static final String TOO_LONG = "（文本超过 " + JsonFiles.MAX_STRING_LENGTH + " 个字符的上限）";

    /** Columns a CSV record may have: Excel's own limit (XFD). */
    static final int MAX_COLUMNS = 16_384;

    /** Records a CSV file may have: Excel's own limit of rows. */
    static final int MAX_RECORDS = 1_048_576;

    private static List<LedgerTable.Row> rows(Sheet sheet) {
        List<LedgerTable.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            SortedMap<Integer, CellValue> cells = new TreeMap<>();
            for (Cell cell : row) {
                CellValue value = valueOf(cell, cell.getCellType());
                if (value != null) {
                    cells.put(cell.getColumnIndex() + 1, value);
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new LedgerTable.Row(row.getRowNum() + 1, cells));
            }
        }
        return rows;
    }

    /**
     * What a cell holds; null when nothing but blanks. A formula cell holds its last computed
     * value.
     */
    private static CellValue valueOf(Cell cell, CellType type) {
        switch (type) {
            case STRING -> {
                String text = cell.getStringCellValue();
                if (text.length() > JsonFiles.MAX_STRING_LENGTH) {
                    return new CellValue.Error(TOO_LONG);
                }
                return text.isBlank() ? null : new CellValue.Text(text);
            }
            case NUMERIC -> {
                return DateUtil.isCellDateFormatted(cell)
                        ? new CellValue.Moment(cell.getLocalDateTimeCellValue())
                        : new CellValue.Number(cell.getNumericCellValue());
            }
            case BOOLEAN -> {
                return new CellValue.Bool(cell.getBooleanCellValue());
            }
            case FORMULA -> {
                // Without a saved result POI reads 0 (a date cell: 1899-12-31): a value nobody
                // typed.
                if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
                    return new CellValue.Error(NO_RESULT);
                }
                return valueOf(cell, cell.getCachedFormulaResultType());
            }
            case ERROR -> {
                return new CellValue.Error(
                        FormulaError.forInt(cell.getErrorCellValue()).getString());
            }
            default -> {
                return null;
            }
        }
    }

    /** A CSV field, begun on {@code line}, longer than any text the evidence may hold. */
    private static UnreadableFile tooLong(int line, int column) {
        return new UnreadableFile(
                line,
                "第 "
                        + line
                        + " 行第 "
                        + column
                        + " 列的文本超过 "
                        + JsonFiles.MAX_STRING_LENGTH
                        + " 个字符的上限");
    }

    /**
     * RFC 4180: fields separated by commas, quoted with {@code "} when they hold commas, quotes or
     * line breaks.
     */
    private static LedgerTable readCsv(Path file) throws IOException {
        String text = JsonFiles.readText(file);
        List<LedgerTable.Row> rows = new ArrayList<>();
        SortedMap<Integer, CellValue> cells = new TreeMap<>();
        StringBuilder field = new StringBuilder();
        int record = 1;
        int column = 1;
        int line = 1;
        int i = 0;
        while (i <= text.length()) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '"' && field.isEmpty()) {
                int opened = line;
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new UnreadableFile(opened, "第 " + opened + " 行起的引号没有闭合");
                    }
                    char q = text.charAt(i++);
                    if (q == '"' && i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else if (q == '"') {
                        break;
                    } else {
                        line += q == '\n' ? 1 : 0;
                        field.append(q);
                        if (field.length() > JsonFiles.MAX_STRING_LENGTH) {
                            throw tooLong(opened, column);
                        }
                    }
                }
                char after = i < text.length() ? text.charAt(i) : '\n';
                if (after != ',' && after != '\n' && after != '\r') {
                    throw new UnreadableFile(line, "第 " + line + " 行：引号闭合后应为逗号或换行");
                }
                continue;
            }
            if (c == '\uFEFF') {
                throw new UnreadableFile(
                        line, "第 " + line + " 行含字节顺序标记（BOM）：疑似两个 CSV 文件首尾相接，请删去中间的 BOM 与重复的表头后再读取");
            }
            if (field.length() > JsonFiles.MAX_STRING_LENGTH) {
                throw tooLong(line, column);
            }
            if (c == ',' && column >= MAX_COLUMNS) {
                throw new UnreadableFile(
                        line, "第 " + line + " 行超过 " + MAX_COLUMNS + " 列（Excel 的上限）");
            }
            if (c == ',' || c == '\n' || c == '\r') {
                if (!field.toString().isBlank()) {
                    // A formula mark zwgk convert (or a person) put before text is not part of it.
                    cells.put(column, new CellValue.Text(SafeText.unmarked(field.toString())));
                }
                field.setLength(0);
                column++;
                if (c != ',') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    if (!cells.isEmpty()) {
                        rows.add(new LedgerTable.Row(record, cells));
                        cells = new TreeMap<>();
                    }
                    if (i < text.length()) {
                        record++;
                    }
                    if (record > MAX_RECORDS) {
                        throw new UnreadableFile(
                                line, "超过 " + MAX_RECORDS + " 行（Excel 的上限）：请按年度或单位分成几个文件");
                    }
                    line++;
                    column = 1;
                }
            } else {
                field.append(c);
            }
            i++;
        }
        return new LedgerTable(null, rows);
    }
}
