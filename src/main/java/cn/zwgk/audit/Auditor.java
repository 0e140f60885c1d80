package cn.zwgk.audit;

import cn.zwgk.audit.calendar.CalendarException;
import cn.zwgk.audit.calendar.WorkCalendar;
import cn.zwgk.audit.catalog.CatalogTask;
import cn.zwgk.audit.engine.Firing;
import cn.zwgk.audit.engine.RuleSession;
import cn.zwgk.audit.evidence.AsOfView;
import cn.zwgk.audit.evidence.EvidenceLoader;
import cn.zwgk.audit.evidence.EvidenceSet;
import cn.zwgk.audit.facts.AboutTask;
import cn.zwgk.audit.facts.Assignment;
import cn.zwgk.audit.facts.AuditProfile;
import cn.zwgk.audit.facts.Evidence;
import cn.zwgk.audit.facts.EvidenceKind;
import cn.zwgk.audit.facts.NamesTask;
import cn.zwgk.audit.facts.TaskWindow;
import cn.zwgk.audit.facts.Waiver;
import cn.zwgk.audit.problem.CatalogException;
import cn.zwgk.audit.problem.EvidenceException;
import cn.zwgk.audit.problem.Problem;
import cn.zwgk.audit.problem.RuleException;
import cn.zwgk.audit.report.AuditReport;
import cn.zwgk.audit.report.ReportBuilder;
import cn.zwgk.audit.verdict.Aggregator;
import cn.zwgk.audit.verdict.Exceptions;
import cn.zwgk.audit.verdict.TaskJudgement;
import cn.zwgk.audit.verdict.Verdict;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The pipeline in one place: evidence → facts → rule session → verdicts → report model. Callers
 * (the CLI, tests, batch runs) render the model as they need.
 */
public final class Auditor {
    private final AuditRules rules;

    public Auditor(AuditRules rules) {
        this.rules = rules;
    }

    /**
     * Audits a folder as of a date; with no date, as of 31 December of the profile's audit year.
     */
    public AuditReport audit(Path evidenceFolder, LocalDate asOf)
            throws EvidenceException, RuleException {
        EvidenceSet evidence = new EvidenceLoader().load(evidenceFolder);
        return audit(evidence, asOf);
    }

    public AuditReport audit(EvidenceSet evidence, LocalDate requestedAsOf)
            throws EvidenceException, RuleException {
        return run(evidence, requestedAsOf, false).report();
    }

    /** An audit with every rule firing recorded, for {@code zwgk explain}. */
    public Traced trace(EvidenceSet evidence, LocalDate asOf)
            throws EvidenceException, RuleException {
        return run(evidence, asOf, true);
    }

    /** A report and the rule firings behind it. */
    public record Traced(AuditReport report, List<Firing> firings) {}

    private Traced run(EvidenceSet evidence, LocalDate requestedAsOf, boolean traced)
            throws EvidenceException, RuleException {
        AuditProfile profile = evidence.profile();
        Path profileFile = evidence.folder().resolve(EvidenceLoader.PROFILE_FILE);
        LocalDate asOf = requestedAsOf != null ? requestedAsOf : profile.yearEnd();
        List<Problem> problems = new ArrayList<>();
        if (rules.catalog().year() != profile.auditYear()) {
            problems.add(
                    new Problem(
                            profileFile,
                            "/auditYear",
                            0,
                            0,
                            "审计年度 "
                                    + profile.auditYear()
                                    + " 与任务目录的年度 "
                                    + rules.catalog().year()
                                    + " 不一致"));
        }
        WorkCalendar calendar = calendarFor(profile, profileFile, problems);
        Map<Integer, TaskWindow> windows = new LinkedHashMap<>();
        Map<Integer, List<String>> unitsByTask = new LinkedHashMap<>();
        for (CatalogTask task : rules.catalog().tasks()) {
            try {
                windows.put(
                        task.number(),
                        TaskWindow.of(
                                task.number(),
                                task.deadline().dueDate(profile.auditYear(), profile.anchors()),
                                asOf));
            } catch (CatalogException e) {
                problems.add(
                        new Problem(
                                profileFile,
                                "/anchors",
                                0,
                                0,
                                "任务 "
                                        + task.number()
                                        + " 的期限无法确定："
                                        + e.problems().stream()
                                                .map(Problem::reason)
                                                .collect(Collectors.joining("；"))));
            }
            List<String> units = task.allUnits() ? profile.units() : task.namedResponsibleUnits();
            for (String unit : units) {
                if (!profile.units().contains(unit)) {
                    problems.add(
                            new Problem(
                                    profileFile,
                                    "/units",
                                    0,
                                    0,
                                    "任务 " + task.number() + " 的责任单位 " + unit + " 不在审计配置的单位列表中"));
                }
            }
            unitsByTask.put(task.number(), units);
        }
        for (NamesTask record :
                evidence.records().stream()
                        .filter(NamesTask.class::isInstance)
                        .map(NamesTask.class::cast)
                        .toList()) {
            String kind = EvidenceKind.of(record).label();
            if (rules.catalog().task(record.task()).isEmpty()) {
                problems.add(
                        evidence.sources()
                                .get(record.id())
                                .problem("/task", kind + "的任务 " + record.task() + " 不在任务目录中"));
            } else if (record.unit() != null
                    && !unitsByTask.get(record.task()).contains(record.unit())) {
                problems.add(
                        evidence.sources()
                                .get(record.id())
                                .problem(
                                        "/unit",
                                        "单位 "
                                                + record.unit()
                                                + " 不是任务 "
                                                + record.task()
                                                + " 的责任单位"));
            }
            if (record instanceof Waiver waiver && unitsByTask.containsKey(waiver.task())) {
                problems.addAll(waiverProblems(waiver, unitsByTask, evidence));
            }
        }
        if (!problems.isEmpty()) {
            throw new EvidenceException(problems);
        }
        // Waivers and rectifications are about tasks' results, not evidence for the rules: they
        // are not seen through AsOfView (a waiver is judged by its own dates against the audit
        // date, a rectification's target date normally lies after it).
        List<AboutTask> aboutTasks =
                evidence.records().stream()
                        .filter(AboutTask.class::isInstance)
                        .map(AboutTask.class::cast)
                        .toList();
        // A waiver approved after the audit date does not exist yet on it.
        List<Waiver> waivers =
                aboutTasks.stream()
                        .filter(Waiver.class::isInstance)
                        .map(Waiver.class::cast)
                        .filter(w -> w.approvedBy(asOf))
                        .toList();
        List<Evidence> asOfRecords =
                AsOfView.of(
                        evidence.records().stream().filter(r -> !(r instanceof AboutTask)).toList(),
                        asOf);
        List<Object> facts = new ArrayList<>(asOfRecords);
        facts.add(profile);
        facts.addAll(windows.values());
        unitsByTask.forEach(
                (task, units) -> units.forEach(unit -> facts.add(new Assignment(task, unit))));

        RuleSession.Result session =
                new RuleSession(rules.ruleBase(), traced)
                        .run(facts, calendar, new Exceptions(waivers));
        List<Verdict> verdicts = session.verdicts();
        Map<Integer, List<Verdict>> byTask =
                verdicts.stream().collect(Collectors.groupingBy(Verdict::task));
        Aggregator aggregator = new Aggregator(asOf);
        List<TaskJudgement> judgements = new ArrayList<>();
        for (CatalogTask task : rules.catalog().tasks()) {
            List<Verdict> own =
                    byTask.getOrDefault(task.number(), List.of()).stream()
                            .sorted(VERDICT_ORDER)
                            .toList();
            try {
                judgements.add(
                        aggregator.judge(
                                task.number(),
                                windows.get(task.number()).dueDate(),
                                unitsByTask.get(task.number()),
                                own,
                                waivers.stream().filter(w -> w.task() == task.number()).toList(),
                                session.excused().stream()
                                        .filter(e -> e.task() == task.number())
                                        .toList()));
            } catch (IllegalArgumentException badVerdict) {
                throw new RuleException(
                        List.of(
                                Problem.inText(
                                        rules.ruleBase().fileOf(own.get(0).rule()),
                                        0,
                                        0,
                                        badVerdict.getMessage())));
            }
        }
        return new Traced(
                ReportBuilder.build(
                        rules.catalog(),
                        InputManifest.of(rules.folder(), evidence),
                        asOfRecords,
                        asOf,
                        judgements,
                        aboutTasks),
                session.firings());
    }

    /**
     * What a waiver's own fields cannot show: a waiver of every unit approved by one of the task's
     * units approves itself, and the records it names must be in the evidence.
     */
    private static List<Problem> waiverProblems(
            Waiver waiver, Map<Integer, List<String>> unitsByTask, EvidenceSet evidence) {
        List<Problem> problems = new ArrayList<>();
        if (waiver.unit() == null
                && unitsByTask.get(waiver.task()).contains(waiver.approvingBody())) {
            Evidence.FieldProblem self = waiver.selfApproval();
            problems.add(
                    evidence.sources().get(waiver.id()).problem("/" + self.field(), self.reason()));
        }
        for (int i = 0; i < waiver.records().size(); i++) {
            if (!evidence.sources().containsKey(waiver.records().get(i))) {
                problems.add(
                        evidence.sources()
                                .get(waiver.id())
                                .problem(
                                        "/records/" + i,
                                        "调整记录编号 " + waiver.records().get(i) + " 不在证据中"));
            }
        }
        return problems;
    }

    /** Verdicts in an order independent of rule firing order, so reports are byte-identical. */
    private static final Comparator<Verdict> VERDICT_ORDER =
            Comparator.comparing((Verdict v) -> v.unit() == null ? "" : v.unit())
                    .thenComparing(Verdict::rule)
                    .thenComparing(Verdict::outcome)
                    .thenComparing(Verdict::message)
                    .thenComparing(v -> String.join(",", v.evidenceIds()));

    private static WorkCalendar calendarFor(
            AuditProfile profile, Path profileFile, List<Problem> problems) {
        WorkCalendar calendar =
                WorkCalendar.official()
                        .withOverrides(
                                profile.calendar().workingDays(), profile.calendar().daysOff());
        try {
            calendar.isWorkingDay(LocalDate.of(profile.auditYear(), 1, 1));
        } catch (CalendarException e) {
            problems.add(new Problem(profileFile, "/auditYear", 0, 0, e.getMessage()));
        }
        return calendar;
    }
}
