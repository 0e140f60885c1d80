package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Who is audited and against which dates: read from {@code profile.json} in the evidence folder, so
 * that nothing about one organisation or one year is written in Java.
 *
 * @param organisation the audited organisation, as printed on reports
 * @param auditYear the year the task table covers
 * @param units the organisation's units and sections, as named in evidence and in the task table
 * @param anchors named dates that relative deadlines count from, e.g. {@code rulesIssuedOn}
 * @param pilotFields the standardisation pilot fields (试点领域) that apply to the organisation
 * @param calendar local corrections to the official working-day calendar
 * @param proactiveItems the items of 条例第二十条 that apply to the organisation: its 主动公开目录 must cover
 *     each (task 8)
 */
public record AuditProfile(
        @Required String organisation,
        @Required Integer auditYear,
        @Required List<String> units,
        @Required Map<String, LocalDate> anchors,
        List<String> pilotFields,
        CalendarOverrides calendar,
        List<ProactiveItem> proactiveItems) {

    public AuditProfile {
        pilotFields = Lists.orEmpty(pilotFields);
        calendar = calendar == null ? new CalendarOverrides(List.of(), List.of()) : calendar;
        proactiveItems = Lists.orEmpty(proactiveItems);
    }

    /** The first day of the audit year. */
    public LocalDate yearStart() {
        return LocalDate.of(auditYear, 1, 1);
    }

    /** The last day of the audit year: the audit date unless one is given. */
    public LocalDate yearEnd() {
        return LocalDate.of(auditYear, 12, 31);
    }

    /** Days the local calendar adds as working days or as days off. */
    public record CalendarOverrides(List<LocalDate> workingDays, List<LocalDate> daysOff) {
        public CalendarOverrides {
            workingDays = Lists.orEmpty(workingDays);
            daysOff = Lists.orEmpty(daysOff);
        }
    }
}
