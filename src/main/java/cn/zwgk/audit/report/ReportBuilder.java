package cn.zwgk.audit.report;

import cn.zwgk.audit.build.Version;
import cn.zwgk.audit.catalog.Catalog;
import cn.zwgk.audit.catalog.CatalogTask;
import cn.zwgk.audit.facts.AboutTask;
import cn.zwgk.audit.facts.AuditProfile;
import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.facts.EvidenceKind;
import cn.zwgk.audit.facts.Rectification;
import cn.zwgk.audit.facts.ReportLayout;
import cn.zwgk.audit.facts.ReportLayout.Matter;
import cn.zwgk.audit.facts.ReportLayout.Measure;
import cn.zwgk.audit.facts.StatisticsTable;
import cn.zwgk.audit.facts.Waiver;
import cn.zwgk.audit.report.AuditReport.Finding;
import cn.zwgk.audit.report.AuditReport.InputFile;
import cn.zwgk.audit.report.AuditReport.TaskResult;
import cn.zwgk.audit.report.AuditReport.UnitResult;
import cn.zwgk.audit.statistics.AnnualStatistics;
import cn.zwgk.audit.verdict.State;
import cn.zwgk.audit.verdict.TaskJudgement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Assembles the report model from the judgements and the inputs they came from. */
public final class ReportBuilder {

    private ReportBuilder() {}

    /**
     * What the audit read: the profile, every record, and the files of the rules folder and of the
     * evidence folder with their digests, for the manifest.
     */
    public record Inputs(
            AuditProfile profile,
            List<Evidence> records,
            List<InputFile> rulesFiles,
            List<InputFile> evidenceFiles) {}

    /**
     * @param recordsAsOf the records as they stood on the audit date (waivers and rectifications
     *     aside); the rest are dated after it and are counted in the manifest rather than silently
     *     dropped
     * @param aboutTasks the waivers and rectifications, which the report lists whatever their dates
     */
    public static AuditReport build(
            Catalog catalog,
            Inputs inputs,
            List<Evidence> recordsAsOf,
            LocalDate asOf,
            List<TaskJudgement> judgements,
            List<AboutTask> aboutTasks) {
        var profile = inputs.profile();
        List<Waiver> waivers = only(aboutTasks, Waiver.class);
        Map<Integer, List<AuditReport.RectificationResult>> rectifications =
                only(aboutTasks, Rectification.class).stream()
                        .sorted(java.util.Comparator.comparing(Rectification::id))
                        .collect(
                                Collectors.groupingBy(
                                        Rectification::task,
                                        Collectors.mapping(
                                                r ->
                                                        new AuditReport.RectificationResult(
                                                                r.id(),
                                                                r.unit(),
                                                                r.problem(),
                                                                r.measure(),
                                                                r.responsibleUnit(),
                                                                r.targetDate()),
                                                Collectors.toList())));
        List<TaskResult> tasks = new ArrayList<>();
        Map<State, Integer> counts = new EnumMap<>(State.class);
        for (State s : State.values()) {
            counts.put(s, 0);
        }
        List<Integer> failing = new ArrayList<>();
        for (TaskJudgement j : judgements) {
            CatalogTask task = catalog.task(j.task()).orElseThrow();
            counts.merge(j.state(), 1, Integer::sum);
            if (j.state() == State.FAIL) {
                failing.add(j.task());
            }
            tasks.add(
                    new TaskResult(
                            task.number(),
                            task.content(),
                            task.leadUnits(),
                            task.responsibleUnits(),
                            task.deadlineText(),
                            j.dueDate(),
                            task.deadline().describe(profile.auditYear(), profile.anchors()),
                            j.state(),
                            j.explanation(),
                            j.evidenceIds(),
                            j.units().stream()
                                    .map(
                                            u ->
                                                    new UnitResult(
                                                            u.unit(),
                                                            u.state(),
                                                            u.explanation(),
                                                            u.evidenceIds(),
                                                            u.late()))
                                    .toList(),
                            j.verdicts().stream()
                                    .map(
                                            v ->
                                                    new Finding(
                                                            v.rule(),
                                                            v.unit(),
                                                            v.outcome().name(),
                                                            v.message(),
                                                            v.evidenceIds()))
                                    .toList(),
                            j.late(),
                            rectifications.getOrDefault(j.task(), List.of())));
        }
        // One pass over the records, however many kinds there are: this runs on a million records.
        Set<String> cited =
                judgements.stream()
                        .flatMap(j -> j.evidenceIds().stream())
                        .collect(Collectors.toSet());
        Map<EvidenceKind, Long> read = new EnumMap<>(EvidenceKind.class);
        Map<EvidenceKind, Long> notCited = new EnumMap<>(EvidenceKind.class);
        for (Evidence record : inputs.records()) {
            EvidenceKind kind = EvidenceKind.of(record);
            read.merge(kind, 1L, Long::sum);
            if (!(record instanceof AboutTask) && !cited.contains(record.id())) {
                notCited.merge(kind, 1L, Long::sum);
            }
        }
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (EvidenceKind kind : EvidenceKind.values()) {
            byKind.put(kind.fileName(), read.getOrDefault(kind, 0L));
        }
        Map<String, Long> uncited = new LinkedHashMap<>();
        notCited.forEach((kind, count) -> uncited.put(kind.fileName(), count));
        AuditReport.Manifest manifest =
                new AuditReport.Manifest(
                        inputs.rulesFiles(),
                        inputs.evidenceFiles(),
                        byKind,
                        inputs.records().size() - recordsAsOf.size() - aboutTasks.size(),
                        uncited);
        return new AuditReport(
                AuditReport.SCHEMA,
                Version.TOOL,
                profile.organisation(),
                profile.auditYear(),
                asOf,
                catalog.title(),
                profile.units(),
                new AuditReport.Summary(judgements.size(), counts, failing),
                tasks,
                manifest,
                waivers.stream()
                        .map(
                                w ->
                                        new AuditReport.WaiverResult(
                                                w.id(),
                                                w.task(),
                                                w.unit(),
                                                w.reason(),
                                                w.approvedBy(),
                                                w.approvedOn(),
                                                w.expiresOn(),
                                                w.statusOn(asOf).name()))
                        .toList(),
                annualTables(profile.auditYear(), recordsAsOf));
    }

    /**
     * The annual report's tables for the audit year, from the records as they stood on the audit
     * date.
     */
    static AuditReport.AnnualTables annualTables(int year, List<Evidence> records) {
        AnnualStatistics.ApplicationsTable applications =
                AnnualStatistics.applications(year, records);
        ReportLayout layout = applications.layout();
        Map<String, String> labels =
                layout.rows().stream()
                        .collect(Collectors.toMap(ReportLayout.Row::key, ReportLayout.Row::label));
        return new AuditReport.AnnualTables(
                year,
                layout.document(),
                TABLES_BASIS,
                proactive(layout, AnnualStatistics.proactive(year, records)),
                grid("表三 收到和处理政府信息公开申请情况", "项目", applications.table(), labels::get),
                applications.unplaced().stream()
                        .map(u -> new AuditReport.UnplacedRecord(u.id(), u.reason()))
                        .toList(),
                grid(
                        "表四 政府信息公开行政复议、行政诉讼情况",
                        "案件类型",
                        AnnualStatistics.reviews(year, records),
                        key -> key),
                AnnualStatistics.overview(year, records));
    }

    /** Table 2 in the sections of the layout, each cell from the figures or null. */
    private static AuditReport.ProactiveTable proactive(
            ReportLayout layout, Map<Matter, Map<Measure, BigDecimal>> figures) {
        List<AuditReport.ProactiveSection> sections = new ArrayList<>();
        for (ReportLayout.Section section : layout.proactiveSections()) {
            List<AuditReport.ProactiveRow> rows = new ArrayList<>();
            for (ReportLayout.Line line : section.rows()) {
                Map<Measure, BigDecimal> given = figures.getOrDefault(line.matter(), Map.of());
                List<BigDecimal> values = new ArrayList<>();
                section.columns().forEach(c -> values.add(given.get(c.measure())));
                rows.add(new AuditReport.ProactiveRow(line.label(), values));
            }
            sections.add(
                    new AuditReport.ProactiveSection(
                            section.item(),
                            section.columns().stream().map(ReportLayout.Column::label).toList(),
                            rows));
        }
        return new AuditReport.ProactiveTable(
                "表二 主动公开政府信息情况", ReportLayout.MATTER_HEADING, sections);
    }

    /** How {@link AnnualStatistics} counts, in the words every format shows under the tables. */
    static final String TABLES_BASIS =
            "表二依“规章和规范性文件”登记（印发、公开、废止日期）、“权责清单事项”（列入、取消日期）、"
                    + "“双公示”与“行政强制决定”记录和政府采购事项统计，采购总金额以万元计；"
                    + "佐证材料中没有相应记录的格标为“【待填写】”。"
                    + "表三依办理记录生成：本年收到的申请计入“本年新收”，以前年度收到、上年底尚未答复的计入"
                    + "“上年结转”；年底前已答复的按办理结果及情形计入（一）至（六），其余计入“结转下年度继续办理”。"
                    + "表四依行政复议、行政诉讼案件记录生成：本年申请复议或起诉的案件按年底前的审结结果计入，未审结的计入“尚未审结”。";

    private static AuditReport.StatisticsGrid grid(
            String title,
            String rowHeading,
            StatisticsTable table,
            java.util.function.UnaryOperator<String> label) {
        return new AuditReport.StatisticsGrid(
                title,
                rowHeading,
                table.columns(),
                table.rows().stream()
                        .map(row -> new AuditReport.GridRow(row, label.apply(row), table.row(row)))
                        .toList());
    }

    private static <T> List<T> only(List<AboutTask> records, Class<T> kind) {
        return records.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
