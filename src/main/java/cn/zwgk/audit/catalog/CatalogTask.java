package cn.zwgk.audit.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One row of the task table. The texts are kept exactly as the table writes them, because the
 * report reproduces the table; {@link #deadline()} is the machine reading of {@link
 * #deadlineText()}.
 *
 * @param number 序号
 * @param content 任务内容
 * @param leadUnits 牵头单位, e.g. "办公室、法制科、社管科"
 * @param responsibleUnits 责任单位, e.g. "各单位、各科室" or "劳动保障监察大队"
 * @param deadlineText 时间节点 as written (may be empty, may span lines)
 * @param deadline when the task is due
 */
public record CatalogTask(
        int number,
        String content,
        String leadUnits,
        String responsibleUnits,
        String deadlineText,
        Deadline deadline) {

    /** The table's wording for "every unit of the bureau". */
    public static final String ALL_UNITS = "各单位、各科室";

    public CatalogTask {
        if (number < 1) {
            throw new IllegalArgumentException("task number must be at least 1: " + number);
        }
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(leadUnits, "leadUnits");
        Objects.requireNonNull(responsibleUnits, "responsibleUnits");
        Objects.requireNonNull(deadlineText, "deadlineText");
        Objects.requireNonNull(deadline, "deadline");
    }

    /** True when 责任单位 is "各单位、各科室": the task is judged for every unit of the audit profile. */
    public boolean allUnits() {
        return ALL_UNITS.equals(responsibleUnits);
    }

    /** The named responsible units when not {@link #allUnits()} (split on "、"), else empty. */
    public List<String> namedResponsibleUnits() {
        if (allUnits()) {
            return List.of();
        }
        return Arrays.stream(responsibleUnits.split("、"))
                .map(String::strip)
                .filter(unit -> !unit.isEmpty())
                .toList();
    }
}
