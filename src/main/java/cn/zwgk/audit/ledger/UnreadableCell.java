package cn.zwgk.audit.ledger;

/**
 * A cell whose content cannot be read in its column's form; the reason is for the person who typed
 * it.
 */
public final class UnreadableCell extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableCell(String reason) {
        super(reason, null, false, false);
    }

    public String reason() {
        return getMessage();
    }
}
