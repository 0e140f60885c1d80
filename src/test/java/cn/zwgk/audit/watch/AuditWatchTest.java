package cn.zwgk.audit.watch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.TestFiles;
import cn.zwgk.audit.problem.EvidenceException;
import cn.zwgk.audit.problem.InputFailure;
import cn.zwgk.audit.problem.RuleException;
import cn.zwgk.audit.report.AuditReport;
import cn.zwgk.audit.report.ReportDiff;
import cn.zwgk.audit.verdict.State;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A watching audit re-audits after each change it is told of, says which tasks moved, recompiles
 * only the edited rule file, keeps going after bad rules, and stops when its changes end.
 */
class AuditWatchTest {
    static final String T14 = "t14-diversified-interpretation.drl";

    @TempDir Path temp;
    Path rules;
    Path evidence;

    /** One report of the watch: an audit, or the problems that stopped one. */
    record Event(AuditReport report, ReportDiff diff, List<Path> recompiled, Exception problems) {}

    final QueuedChanges changes = new QueuedChanges();
    final Events<Event> events = new Events<>();
    Thread watching;

    @BeforeEach
    void startWatching() throws Exception {
        rules = TestFiles.copyTree(Path.of("rules"), temp.resolve("rules"));
        evidence = TestFiles.copyTree(Path.of("sample-data/2020"), temp.resolve("evidence"));
        AuditWatch watch =
                new AuditWatch(
                        rules,
                        evidence,
                        null,
                        List.of(),
                        temp.resolve("out"),
                        new AuditWatch.Listener() {
                            @Override
                            public void changed(Set<Path> files) {}

                            @Override
                            public void audited(AuditWatch.Audit audit) {
                                events.add(
                                        new Event(
                                                audit.report(),
                                                audit.diff(),
                                                audit.recompiled(),
                                                null));
                            }

                            @Override
                            public void failed(InputFailure problems, Duration took) {
                                events.add(new Event(null, null, List.of(), problems));
                            }
                        });
        watching = changes.runOn(watch::run);
    }

    @Test
    void anEditedThresholdReauditsWithOnlyItsFileRecompiledAndShowsWhatMoved() throws Exception {
        Event first = events.next();
        assertThat(first.diff()).as("nothing to compare the first audit with").isNull();
        assertThat(state(first.report(), 14)).isEqualTo(State.PASS);

        // New content (this process keeps every version it compiled): a unique comment.
        edit(rules.resolve(T14), "return 50; }", "return 99; } // " + System.nanoTime());
        Event second = events.next();
        assertThat(second.recompiled()).containsExactly(rules.resolve(T14));
        assertThat(second.diff().tasks())
                .singleElement()
                .satisfies(
                        t -> {
                            assertThat(t.number()).isEqualTo(14);
                            assertThat(t.before()).isEqualTo(State.PASS);
                            assertThat(t.after()).isEqualTo(State.FAIL);
                        });

        stop();
    }

    @Test
    void badRulesAreReportedAndTheWatchGoesOnToTheNextGoodAudit() throws Exception {
        events.next();
        String good = Files.readString(rules.resolve(T14));
        edit(rules.resolve(T14), "then", "then (");
        Event broken = events.next();
        assertThat(broken.problems())
                .isInstanceOf(RuleException.class)
                .extracting(e -> ((RuleException) e).problems().get(0).file())
                .isEqualTo(rules.resolve(T14));

        Files.writeString(rules.resolve(T14), good.replace("return 50; }", "return 99; }"));
        changes.changed(rules.resolve(T14));
        Event fixed = events.next();
        assertThat(fixed.diff().tasks())
                .as("compared with the last good audit")
                .extracting(ReportDiff.TaskChange::number)
                .containsExactly(14);

        stop();
    }

    @Test
    void anEvidenceEditIsReadAgainWithoutRecompilingAnyRule() throws Exception {
        events.next();
        Path profile = evidence.resolve("profile.json");
        edit(profile, "\"auditYear\": 2020", "\"auditYear\": 2021");
        Event wrongYear = events.next();
        assertThat(wrongYear.problems()).isInstanceOf(EvidenceException.class);

        edit(profile, "\"auditYear\": 2021", "\"auditYear\": 2020");
        Event again = events.next();
        assertThat(again.recompiled()).isEmpty();
        assertThat(again.diff().tasks()).isEmpty();

        stop();
    }

    private void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
        changes.changed(file);
    }

    private void stop() throws InterruptedException {
        changes.close();
        watching.join(Events.PATIENCE.toMillis());
        assertThat(watching.isAlive()).as("stopped when its changes ended").isFalse();
    }

    private static State state(AuditReport report, int task) {
        return report.tasks().stream()
                .filter(t -> t.number() == task)
                .findFirst()
                .orElseThrow()
                .state();
    }
}
