package cn.zwgk.audit.facts;

import java.util.List;

/** What a fact record does with a list that evidence may leave out. */
final class Lists {
    private Lists() {}

    /**
     * An absent list as an empty one, a given one copied: a record's lists are never null and never
     * change after it is made, so rules can read them without checking.
     */
    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
