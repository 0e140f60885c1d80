package cn.zwgk.audit.problem;

import java.util.List;

/** The evidence folder cannot be audited; carries every problem found, in reading order. */
public final class EvidenceException extends InputFailure {
    private static final long serialVersionUID = 1L;

    public EvidenceException(List<Problem> problems) {
        super(Input.EVIDENCE, "证据", problems);
    }
}
