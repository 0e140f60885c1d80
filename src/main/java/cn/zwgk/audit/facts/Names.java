package cn.zwgk.audit.facts;

/**
 * How records name themselves to a reader of the self-assessment ({@link Evidence#named()}):
 * documents by title and 文号, events and items by their name in quotation marks.
 */
final class Names {
    private Names() {}

    /** "《标题》（文号）", or "《标题》" when the document has no 文号. */
    static String document(String title, String number) {
        return "《" + title + "》" + (number == null || number.isBlank() ? "" : "（" + number + "）");
    }

    /** "“名称”". */
    static String event(String name) {
        return "“" + name + "”";
    }

    /** "行政处罚决定（文号）"; the record id where the decision's number is not recorded. */
    static String decision(String kind, String number, String id) {
        return number == null || number.isBlank() ? id : kind + "（" + number + "）";
    }
}
