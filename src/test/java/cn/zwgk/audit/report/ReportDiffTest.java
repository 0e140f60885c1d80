package cn.zwgk.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.report.AuditReport.InputFile;
import cn.zwgk.audit.report.AuditReport.TaskResult;
import cn.zwgk.audit.report.AuditReport.UnitResult;
import cn.zwgk.audit.verdict.State;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportDiffTest {

    @Test
    void sameReportNoChanges() {
        ReportDiff diff = ReportDiff.between(Fixtures.sample(), Fixtures.sample());
        assertThat(diff.tasks()).isEmpty();
        assertThat(diff.rules().any()).isFalse();
        assertThat(diff.evidence().any()).isFalse();
    }

    @Test
    void findsChangedTaskAndUnitStatesAndChangedFiles() {
        AuditReport before = Fixtures.sample();
        AuditReport after = Edits.withUnitState(before, 6, "办公室", State.PASS, State.PASS);
        after = Edits.withUnitState(after, 1, "办公室", State.FAIL, null);
        after =
                Edits.withFiles(
                        after,
                        Edits.changeFirst(after.manifest().rules()),
                        after.manifest().evidence());

        ReportDiff diff = ReportDiff.between(before, after);

        assertThat(diff.tasks()).extracting(ReportDiff.TaskChange::number).containsExactly(1, 6);
        ReportDiff.TaskChange one = diff.tasks().get(0);
        assertThat(one.stateChanged()).as("task 1 itself stays failed").isFalse();
        assertThat(one.units())
                .containsExactly(new ReportDiff.UnitChange("办公室", State.PASS, State.FAIL));
        ReportDiff.TaskChange six = diff.tasks().get(1);
        assertThat(six.before()).isEqualTo(State.FAIL);
        assertThat(six.after()).isEqualTo(State.PASS);
        assertThat(diff.rules().changed()).containsExactly(before.manifest().rules().get(0).path());
        assertThat(diff.evidence().any()).isFalse();
    }

    @Test
    void addedAndRemovedFilesAndTasks() {
        AuditReport before = Fixtures.sample();
        List<InputFile> evidence =
                new ArrayList<>(
                        before.manifest()
                                .evidence()
                                .subList(1, before.manifest().evidence().size()));
        evidence.add(new InputFile("waivers-2021.json", "0".repeat(64)));
        AuditReport after = Edits.withFiles(before, before.manifest().rules(), evidence);
        after =
                new AuditReport(
                        after.schema(),
                        after.tool(),
                        after.organisation(),
                        after.auditYear(),
                        after.asOf(),
                        after.catalogTitle(),
                        after.units(),
                        after.summary(),
                        after.tasks().subList(0, 33),
                        after.manifest(),
                        after.waivers(),
                        after.statistics());

        ReportDiff diff = ReportDiff.between(before, after);

        assertThat(diff.evidence().added()).containsExactly("waivers-2021.json");
        assertThat(diff.evidence().removed())
                .containsExactly(before.manifest().evidence().get(0).path());
        assertThat(diff.tasks())
                .singleElement()
                .satisfies(
                        t -> {
                            assertThat(t.number()).isEqualTo(34);
                            assertThat(t.after()).isNull();
                            assertThat(t.units()).allMatch(u -> u.after() == null);
                        });
    }

    /** Small edits of a report for diff tests. */
    static final class Edits {
        private Edits() {}

        /** Sets one unit's state and, when {@code taskState} is not null, the task's. */
        static AuditReport withUnitState(
                AuditReport r, int task, String unit, State unitState, State taskState) {
            List<TaskResult> tasks = new ArrayList<>();
            for (TaskResult t : r.tasks()) {
                if (t.number() != task) {
                    tasks.add(t);
                    continue;
                }
                List<UnitResult> units =
                        t.units().stream()
                                .map(
                                        u ->
                                                u.unit().equals(unit)
                                                        ? new UnitResult(
                                                                u.unit(),
                                                                unitState,
                                                                u.explanation(),
                                                                u.evidenceIds(),
                                                                u.late())
                                                        : u)
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
                                taskState == null ? t.state() : taskState,
                                t.explanation(),
                                t.evidenceIds(),
                                units,
                                t.findings(),
                                t.late(),
                                t.rectifications()));
            }
            return new AuditReport(
                    r.schema(),
                    r.tool(),
                    r.organisation(),
                    r.auditYear(),
                    r.asOf(),
                    r.catalogTitle(),
                    r.units(),
                    r.summary(),
                    tasks,
                    r.manifest(),
                    r.waivers(),
                    r.statistics());
        }

        static AuditReport withFiles(
                AuditReport r, List<InputFile> rules, List<InputFile> evidence) {
            AuditReport.Manifest m = r.manifest();
            return new AuditReport(
                    r.schema(),
                    r.tool(),
                    r.organisation(),
                    r.auditYear(),
                    r.asOf(),
                    r.catalogTitle(),
                    r.units(),
                    r.summary(),
                    r.tasks(),
                    new AuditReport.Manifest(
                            rules,
                            evidence,
                            m.recordsByKind(),
                            m.recordsAfterAsOf(),
                            m.uncitedByKind()),
                    r.waivers(),
                    r.statistics());
        }

        static List<InputFile> changeFirst(List<InputFile> files) {
            List<InputFile> changed = new ArrayList<>(files);
            changed.set(0, new InputFile(files.get(0).path(), "f".repeat(64)));
            return changed;
        }
    }
}
