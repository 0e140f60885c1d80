package cn.zwgk.audit.app;

/**
 * A request that cannot be carried out as asked (an unknown format, an output folder inside the
 * evidence…), refused before anything is read or written. The message says why, in the user's
 * words, without the command line's {@code 错误：}.
 */
public final class BadRequest extends Exception {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
        super(message);
    }
}
