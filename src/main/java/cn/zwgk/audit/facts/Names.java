package cn.zwgk.audit.facts;

/**
 * How records name themselves to a reader of the self-assessment ({@link Evidence#named()}):
 * documents by title and 文号, events and items by their name in quotation marks.
 */
final class Names {
    private Names() {}

    /** "《标题》（文号）", or "《标题》" when the document has no 文号. */
    static String document(String title, String number) {
        return enclosed(title, '《', '》', '〈', '〉')
                + (number == null || number.isBlank() ? "" : "（" + number + "）");
    }

    /** "“名称”". */
    static String event(String name) {
        return enclosed(name, '“', '”', '‘', '’');
    }

    /**
     * The text between the marks, once: a title the office wrote as 《…》 is not marked again, and
     * marks inside it become the inner pair (“‘申江人社’政民互动平台”), as Chinese typesetting nests them.
     */
    private static String enclosed(
            String text, char open, char close, char innerOpen, char innerClose) {
        if (text.length() > 1
                && text.charAt(0) == open
                && text.indexOf(close) == text.length() - 1
                && text.indexOf(open, 1) < 0) {
            return text;
        }
        return open + text.replace(open, innerOpen).replace(close, innerClose) + close;
    }

    /** "行政处罚决定（文号）"; the record id where the decision's number is not recorded. */
    static String decision(String kind, String number, String id) {
        return number == null || number.isBlank() ? id : kind + "（" + number + "）";
    }
}
