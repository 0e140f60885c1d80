package cn.zwgk.audit.report;

import cn.zwgk.audit.catalog.Catalog;
import cn.zwgk.audit.catalog.CatalogTask;
import cn.zwgk.audit.digest.FileDigests;
import cn.zwgk.audit.evidence.EvidenceSet;
import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.facts.EvidenceKind;
import cn.zwgk.audit.facts.ReportLayout;
import cn.zwgk.audit.facts.StatisticsTable;
import cn.zwgk.audit.facts.Waiver;
import cn.zwgk.audit.report.AuditReport.Finding;
import cn.zwgk.audit.report.AuditReport.InputFile;
import cn.zwgk.audit.report.AuditReport.TaskResult;
import cn.zwgk.audit.report.AuditReport.UnitResult;
import cn.zwgk.audit.statistics.AnnualStatistics;
import cn.zwgk.audit.verdict.State;
import cn.zwgk.audit.verdict.TaskJudgement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Assembles the report model from the judgements and the inputs they came from. */
public final class ReportBuilder {

    private ReportBuilder() {}

    /**
     * @param recordsAsOf the records as they stood on the audit date (waivers aside); the rest are
     *     dated after it and are counted in the manifest rather than silently dropped
     */
    public static AuditReport build(
            Catalog catalog,
            Path rulesFolder,
            EvidenceSet evidence,
            List<Evidence> recordsAsOf,
            LocalDate asOf,
            List<TaskJudgement> judgements,
            List<Waiver> waivers) {
        var profile = evidence.profile();
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
                                                            u.evidenceIds()))
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
                                    .toList()));
        }
        // One pass over the records, however many kinds there are: this runs on a million records.
        Set<String> cited =
                judgements.stream()
                        .flatMap(j -> j.evidenceIds().stream())
                        .collect(Collectors.toSet());
        Map<EvidenceKind, Long> read = new EnumMap<>(EvidenceKind.class);
        Map<EvidenceKind, Long> notCited = new EnumMap<>(EvidenceKind.class);
        for (Evidence record : evidence.records()) {
            EvidenceKind kind = EvidenceKind.of(record);
            read.merge(kind, 1L, Long::sum);
            if (!(record instanceof Waiver) && !cited.contains(record.id())) {
                notCited.merge(kind, 1L, Long::sum);
            }
        }
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (EvidenceKind kind : EvidenceKind.values()) {
            byKind.put(kind.fileName(), read.getOrDefault(kind, 0L));
        }
        Map<String, Long> uncited = new LinkedHashMap<>();
        notCited.forEach((kind, count) -> uncited.put(kind.fileName(), count));
        List<Path> rulesFiles = rulesFolderFiles(rulesFolder);
        AuditReport.Manifest manifest =
                new AuditReport.Manifest(
                        inputFiles(rulesFolder, rulesFiles, FileDigests.onDemand(rulesFiles)),
                        inputFiles(evidence.folder(), evidence.files(), evidence.digests()),
                        byKind,
                        evidence.records().size() - recordsAsOf.size() - waivers.size(),
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
                grid(
                        "表二 主动公开政府信息情况（证据所及的行）",
                        "信息内容",
                        AnnualStatistics.decisions(year, records),
                        ReportLayout::decisionLabel),
                grid("表三 收到和处理政府信息公开申请情况", "项目", applications.table(), labels::get),
                applications.unplaced().stream()
                        .map(u -> new AuditReport.UnplacedRecord(u.id(), u.reason()))
                        .toList(),
                grid(
                        "表四 政府信息公开行政复议、行政诉讼情况",
                        "案件类型",
                        AnnualStatistics.reviews(year, records),
                        key -> key));
    }

    /** How {@link AnnualStatistics} counts, in the words every format shows under the tables. */
    static final String TABLES_BASIS =
            "表二只列证据所及的行：本年作出的行政许可、行政处罚决定数，依“双公示”记录统计；"
                + "规章、规范性文件、行政强制、行政事业性收费等行在证据中没有相应记录，未生成。表三依办理记录生成：本年收到的申请计入“本年新收”，以前年度收到、上年底尚未答复的计入"
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

    /** The files that decide results: the DRL and the catalog (rule test cases do not). */
    private static List<Path> rulesFolderFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(
                            p ->
                                    p.toString().endsWith(".drl")
                                            || p.equals(folder.resolve(Catalog.FILE_NAME)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<InputFile> inputFiles(Path folder, List<Path> files, FileDigests digests) {
        return files.stream()
                .map(
                        f ->
                                new InputFile(
                                        folder.relativize(f).toString().replace('\\', '/'),
                                        digests.sha256(f)))
                .sorted(java.util.Comparator.comparing(InputFile::path))
                .toList();
    }
}
