package cn.zwgk.audit.drl;

import java.nio.file.Path;
import java.util.List;

/** The shipped rule files the shape tests hold to the guide. */
final class ShippedRules {
    static final Path FOLDER = Path.of("rules");

    /**
     * The files already rewritten into the guide's shape. The parallel rewrite branches widen this
     * to every rule file when they merge; the lead engineer does that.
     */
    static final List<Path> REWRITTEN =
            List.of(
                    FOLDER.resolve("t07-application-to-proactive.drl"),
                    FOLDER.resolve("t14-diversified-interpretation.drl"));

    private ShippedRules() {}
}
