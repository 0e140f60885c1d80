package cn.zwgk.audit.app;

import java.util.List;

/**
 * A request that cannot be carried out as asked (an unknown format, an output folder inside the
 * evidence, a file that would be written over…), refused before anything is read or written. Each
 * reason is said in the user's words, without the command line's {@code 错误：}.
 */
public final class BadRequest extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    BadRequest(String reason) {
        this(List.of(reason));
    }

    BadRequest(List<String> reasons) {
        super(String.join("\n", reasons));
        this.reasons = List.copyOf(reasons);
    }

    /** Every reason, one a line. */
    public List<String> reasons() {
        return reasons;
    }
}
