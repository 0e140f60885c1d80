package cn.zwgk.audit.evidence;

import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The records read so far, each beside the place it was read from, in reading order. Duplicate ids
 * are looked for once all are read, into a map sized for them: filled as records streamed in, a map
 * of a million ids spent more time growing than in use.
 */
final class TakenRecords {
    private List<Evidence> records = new ArrayList<>();
    private final List<RecordSource> sources = new ArrayList<>();

    /** Checks a record that was read without problem on its own, and keeps it. */
    void add(Evidence record, RecordSource source, List<Problem> problems) {
        for (Evidence.FieldProblem fp : record.selfCheck()) {
            problems.add(source.problem("/" + fp.field(), fp.reason()));
        }
        records.add(record);
        sources.add(source);
    }

    int size() {
        return records.size();
    }

    /** The records kept, in reading order. */
    List<Evidence> records() {
        return List.copyOf(records);
    }

    /** Forgets the records taken after the first {@code count}. */
    void keepFirst(int count) {
        records.subList(count, records.size()).clear();
        sources.subList(count, sources.size()).clear();
    }

    /**
     * Drops each record whose id an earlier one has, with a problem naming where the first was
     * read; returns where each record kept was read, by id.
     */
    Map<String, RecordSource> dropDuplicates(List<Problem> problems) {
        Map<String, RecordSource> byId = new HashMap<>(capacityFor(records.size()));
        List<Evidence> kept = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            Evidence record = records.get(i);
            RecordSource source = sources.get(i);
            RecordSource first = byId.putIfAbsent(record.id(), source);
            if (first == null) {
                kept.add(record);
            } else {
                problems.add(
                        source.problem(
                                "/id", "编号 " + record.id() + " 重复，首次出现于 " + first.describe()));
            }
        }
        records = kept;
        return byId;
    }

    /** A hash map's initial capacity that holds {@code entries} without growing. */
    static int capacityFor(int entries) {
        return (int) (entries / 0.75f) + 1;
    }
}
