package cn.zwgk.audit.text;

import java.util.regex.Pattern;

/**
 * The one text-safety layer every output goes through (report files, roll-ups, Office properties,
 * the terminal). Evidence text is whatever an organisation typed or pasted: control characters,
 * lone surrogates and terminal escapes make XML malformed or repaint a terminal, a carriage return
 * starts a Markdown heading, a leading {@code =} becomes a live spreadsheet formula. Renderers call
 * the method for their format and keep no escaping of their own.
 */
public final class SafeText {
    /** Shown in place of a character no output can carry (a control or a lone surrogate). */
    static final char REPLACEMENT = '\uFFFD';

    /** Excel's limit on the characters of one cell; POI refuses longer text. */
    public static final int MAX_CELL_CHARS = 32_767;

    /** Said where a cell was cut; the full text stays in report.json and findings.csv. */
    static final String CUT_NOTE = "…（超出单元格上限，完整内容见 report.json 或 findings.csv）";

    /** A field a spreadsheet would run as a formula (OWASP "CSV injection"). */
    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\\t\\n].*", Pattern.DOTALL);

    /** A plain number keeps its sign: it is data, not a formula. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private SafeText() {}

    /**
     * Text every format can carry: line ends are {@code \n} (a lone or paired CR becomes one), tabs
     * stay, and any other control character (C0, DEL, C1 — so terminal escapes too), a lone
     * surrogate or a non-character (U+FFFE, U+FFFF) becomes U+FFFD. What remains is valid XML 1.0
     * and valid UTF-8.
     */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        if (s.chars().allMatch(SafeText::plain)) {
            return s;
        }
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < n
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else {
                out.append(plain(c) ? c : REPLACEMENT);
            }
        }
        return out.toString();
    }

    /**
     * A character any output carries as it is (a surrogate only as half of a pair, checked above).
     */
    private static boolean plain(int c) {
        return c == '\n'
                || c == '\t'
                || (c >= 0x20 && c < 0x7F)
                || (c > 0x9F && c < 0xD800)
                || (c > 0xDFFF && c < 0xFFFE);
    }

    /** {@link #clean} on one line: line breaks become spaces. */
    public static String line(String s) {
        return clean(s).replace('\n', ' ');
    }

    /**
     * Text for the terminal: {@link #clean} (so no escape sequence reaches it), cut to a length.
     */
    public static String terminal(String s, int maxChars) {
        return cut(clean(s), maxChars, "…（共 " + (s == null ? 0 : s.length()) + " 字，已截断）");
    }

    /**
     * Markdown running text: one line, with markup neutralised so evidence text cannot become HTML,
     * links, emphasis, code or table cells.
     */
    public static String markdown(String s) {
        String line = line(s);
        StringBuilder out = new StringBuilder(line.length());
        for (char c : line.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '|', '#', '~' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A Markdown table cell: as {@link #markdown}, each line break kept as {@code <br>}. */
    public static String markdownCell(String s) {
        return String.join("<br>", clean(s).lines().map(SafeText::markdown).toList());
    }

    /** HTML text or attribute value: {@link #clean}, then the five markup characters escaped. */
    public static String html(String s) {
        String text = clean(s);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * One CSV field (RFC 4180) of a report: {@link #clean}, then {@link #csvExact}. Line breaks
     * inside a quoted field are {@code \n}, so no record is split.
     */
    public static String csv(String s) {
        return csvExact(clean(s));
    }

    /**
     * One CSV field of text kept exactly as it is (a ledger's, read back by {@link #unmarked}):
     * behind the formula mark of {@link #marked}, quoted when it holds a quote, comma or line
     * break, its quotes doubled. For text {@link #firstUnwritable} finds nothing in.
     */
    public static String csvExact(String text) {
        String marked = marked(text);
        if (marked.chars().anyMatch(c -> c == '"' || c == ',' || c == '\n' || c == '\r')) {
            return '"' + marked.replace("\"", "\"\"") + '"';
        }
        return marked;
    }

    /**
     * {@link #clean}, with text a spreadsheet would run as a formula behind an apostrophe (see
     * {@link #marked}), which Excel and LibreOffice show as text.
     */
    public static String formula(String s) {
        return marked(clean(s));
    }

    /**
     * The text behind an apostrophe when a spreadsheet would run it as a formula (a first character
     * of {@code = + - @}, a tab or a line break before one; a plain number keeps its sign), or when
     * it already starts with apostrophes before such text: so that {@link #unmarked} gives back
     * exactly what was marked.
     */
    static String marked(String text) {
        return needsMark(text) ? "'" + text : text;
    }

    /**
     * A CSV cell as it was before {@link #marked}: one leading apostrophe taken off where the
     * marking put it. Excel reads an apostrophe before a formula the same way, as "this is text".
     */
    public static String unmarked(String cell) {
        return cell.startsWith("'") && needsMark(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean needsMark(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == '\'') {
            start++;
        }
        String rest = text.substring(start);
        return FORMULA.matcher(rest).matches() && !NUMBER.matcher(rest).matches();
    }

    /**
     * Where {@code text} has a character no ledger file can hold as it is: a control character
     * other than tab and line ends (XML 1.0 has no place for most; the rest are terminal escapes),
     * a lone surrogate (UTF-8 has none) or U+FFFE/U+FFFF; -1 when it has none. A writer that must
     * not change evidence refuses such text instead of {@link #clean}ing it.
     */
    public static int firstUnwritable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!plain(c) && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    /** A literal {@code _xHHHH_}, which Excel and POI read as the escaped character U+HHHH. */
    private static final Pattern OOXML_ESCAPE = Pattern.compile("_(?=x[0-9A-Fa-f]{4}_)");

    /**
     * Text for a workbook's string cell that reads back exactly: a literal {@code _xHHHH_} gets its
     * underscore escaped as {@code _x005F_} (ECMA-376 ST_Xstring), or it would come back as one
     * character. String cells are never formulas, so no formula mark.
     */
    public static String spreadsheetString(String text) {
        return OOXML_ESCAPE.matcher(text).replaceAll("_x005F_");
    }

    /** Text for one spreadsheet cell or Office property: {@link #clean}, cut to Excel's limit. */
    public static String officeCell(String s) {
        return cut(clean(s), MAX_CELL_CHARS, CUT_NOTE);
    }

    /**
     * The text cut to at most {@code max} characters, ending with {@code note}; never between the
     * two halves of a surrogate pair.
     */
    public static String cut(String s, int max, String note) {
        if (s.length() <= max) {
            return s;
        }
        int end = Math.max(0, max - note.length());
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + note;
    }
}
