package cn.zwgk.audit.report;

import cn.zwgk.audit.statistics.AnnualStatistics;
import cn.zwgk.audit.verdict.Lateness;
import cn.zwgk.audit.verdict.State;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a renderer may show, and nothing it must compute: renderers only read this. Its JSON
 * form is {@code report.json}, documented in docs/report-schema.md; field order is fixed so two
 * runs on the same inputs give the same bytes.
 *
 * @param schema the report schema version, {@value #SCHEMA}
 * @param tool the tool and version that wrote the report
 * @param organisation the audited organisation
 * @param auditYear the year the task table covers
 * @param asOf the audit date the states are judged at
 * @param catalogTitle the task table's title
 * @param units the organisation's units, in profile order
 * @param summary counts per state and the failing tasks
 * @param tasks each task's result, in table order
 * @param manifest the inputs the report was computed from
 * @param waivers every waiver in the evidence folder and whether it applied on the audit date
 * @param statistics the annual report's statistics tables for the audit year, generated from the
 *     evidence; null only in reports written before they existed
 */
public record AuditReport(
        String schema,
        String tool,
        String organisation,
        int auditYear,
        LocalDate asOf,
        String catalogTitle,
        List<String> units,
        Summary summary,
        List<TaskResult> tasks,
        Manifest manifest,
        List<WaiverResult> waivers,
        AnnualTables statistics) {

    public AuditReport {
        waivers = waivers == null ? List.of() : List.copyOf(waivers);
    }

    /**
     * The schema this version writes. Version 2 replaced {@code statistics.decisions} (two rows of
     * Table 2) with {@code statistics.proactive} (the whole table).
     */
    public static final String SCHEMA = "zwgk-report/2";

    /** Every schema {@link ReportReader} reads; what a later one added reads as null. */
    public static final List<String> READABLE_SCHEMAS = List.of("zwgk-report/1", SCHEMA);

    /** Counts per state (every state present, zeros included) and the numbers of failing tasks. */
    public record Summary(int tasks, Map<State, Integer> counts, List<Integer> failingTasks) {}

    /**
     * One row of the task table with its result.
     *
     * @param number 序号
     * @param content 任务内容
     * @param leadUnits 牵头单位, as written
     * @param responsibleUnits 责任单位, as written
     * @param deadlineText 时间节点, as written
     * @param dueDate the last day the task is on time, computed from the catalog and profile
     * @param deadline the due date described in words
     * @param state 完成情况
     * @param explanation 说明
     * @param evidenceIds every record the result rests on
     * @param units each responsible unit's result
     * @param findings every verdict a rule gave
     * @param late for a FAIL in which every failing part was done late (逾期完成), the latest; else
     *     null
     * @param rectifications the bureau's 整改措施 for the task's problems, by id
     */
    public record TaskResult(
            int number,
            String content,
            String leadUnits,
            String responsibleUnits,
            String deadlineText,
            LocalDate dueDate,
            String deadline,
            State state,
            String explanation,
            List<String> evidenceIds,
            List<UnitResult> units,
            List<Finding> findings,
            Lateness late,
            List<RectificationResult> rectifications) {
        public TaskResult {
            rectifications = rectifications == null ? List.of() : List.copyOf(rectifications);
        }
    }

    /** A unit's result for a task; {@code late} as for {@link TaskResult}, for this unit's part. */
    public record UnitResult(
            String unit,
            State state,
            String explanation,
            List<String> evidenceIds,
            Lateness late) {}

    /**
     * A rectification of a task's problem: the unit whose part failed (null for the task as a
     * whole), the problem, the measure, who answers for it and by when.
     */
    public record RectificationResult(
            String id,
            String unit,
            String problem,
            String measure,
            String responsibleUnit,
            LocalDate targetDate) {}

    /** One verdict of one rule: for a unit, or for the organisation when unit is null. */
    public record Finding(
            String rule, String unit, String outcome, String message, List<String> evidenceIds) {}

    /**
     * The inputs, each with its SHA-256, named relative to its folder so reports compare across
     * machines; the records read per kind; how many are dated after the audit date (not yet in
     * existence on it, so not given to the rules); and, per kind, the records no verdict cites, so
     * an auditor sees evidence that no rule used.
     */
    public record Manifest(
            List<InputFile> rules,
            List<InputFile> evidence,
            Map<String, Long> recordsByKind,
            int recordsAfterAsOf,
            Map<String, Long> uncitedByKind) {
        public Manifest {
            uncitedByKind = uncitedByKind == null ? Map.of() : uncitedByKind;
        }
    }

    /**
     * A waiver approved by the audit date (one approved later does not exist yet on it): what it
     * excuses and who approved it.
     *
     * @param unit the unit excused, or null for every responsible unit
     * @param from the first day of the period excused, or null
     * @param to the last day of the period excused, or null
     * @param records the records whose problems are excused; empty when none are named
     * @param scope what it excuses, in words: the period, the records, or 整项任务
     */
    public record WaiverResult(
            String id,
            int task,
            String unit,
            LocalDate from,
            LocalDate to,
            List<String> records,
            String scope,
            String reason,
            String approver,
            String approvingBody,
            LocalDate approvedOn) {
        public WaiverResult {
            records = records == null ? List.of() : List.copyOf(records);
        }
    }

    /**
     * The 政府信息公开工作年度报告 tables for the audit year in its layout, as far as the evidence gives them:
     * Table 2 from the registers and decision records, Table 3 from application records, Table 4
     * from review/litigation case records; and the year's figures the report's 总体情况 cites.
     *
     * @param reportYear the year the tables cover
     * @param layout the national format they follow, e.g. 国办公开办函〔2019〕60号
     * @param basis how the tables were counted from the records, for the reader
     * @param proactive Table 2, every row and column of the format; a cell the evidence does not
     *     give is null
     * @param applications Table 3
     * @param unplacedApplications application records Table 3 could not count, and why
     * @param reviews Table 4
     * @param overview the year's figures for 一、总体情况
     */
    public record AnnualTables(
            int reportYear,
            String layout,
            String basis,
            ProactiveTable proactive,
            StatisticsGrid applications,
            List<UnplacedRecord> unplacedApplications,
            StatisticsGrid reviews,
            AnnualStatistics.Overview overview) {}

    /**
     * Table 2 (主动公开政府信息情况) as the format prints it: one section per item of 条例第二十条, each with its
     * own columns.
     */
    public record ProactiveTable(
            String title, String rowHeading, List<ProactiveSection> sections) {}

    /**
     * A section of Table 2.
     *
     * @param item the item of 条例第二十条 it reports, e.g. 第二十条第（一）项
     * @param columns the count columns, as printed
     * @param rows the rows, as printed
     */
    public record ProactiveSection(String item, List<String> columns, List<ProactiveRow> rows) {}

    /**
     * A row of Table 2: one value per column (a count, a change, or an amount in 万元), null where
     * the evidence does not give it.
     */
    public record ProactiveRow(String label, List<BigDecimal> values) {}

    /**
     * A table as printed: a title, the heading of its label column, its columns and its rows (key,
     * printed label, one count per column).
     */
    public record StatisticsGrid(
            String title, String rowHeading, List<String> columns, List<GridRow> rows) {}

    /** One row of a statistics table. */
    public record GridRow(String key, String label, List<Integer> values) {}

    /** A record a table could not count. */
    public record UnplacedRecord(String id, String reason) {
        /** "APP-1（未注明申请人类型）、APP-2（…）", as every format lists them. */
        public static String listed(List<UnplacedRecord> records) {
            return String.join(
                    "、", records.stream().map(u -> u.id() + "（" + u.reason() + "）").toList());
        }
    }

    /** One input file. */
    public record InputFile(String path, String sha256) {}
}
