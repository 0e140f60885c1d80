package cn.zwgk.audit.watch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.TestFiles;
import cn.zwgk.audit.ruletest.CaseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A watching test run re-runs the cases after each change and says whose result moved. */
class CaseWatchTest {
    @TempDir Path temp;

    record Event(List<CaseResult> results, List<CaseWatch.Moved> moved) {}

    @Test
    void anEditedThresholdMovesExactlyTheCasesItDecides() throws Exception {
        Path rules = TestFiles.copyTree(Path.of("rules"), temp.resolve("rules"));
        QueuedChanges changes = new QueuedChanges();
        Events<Event> events = new Events<>();
        CaseWatch watch =
                new CaseWatch(
                        rules,
                        "14",
                        new CaseWatch.Listener() {
                            @Override
                            public void changed(Set<Path> files) {}

                            @Override
                            public void ran(
                                    List<CaseResult> results,
                                    List<CaseWatch.Moved> moved,
                                    Duration took) {
                                events.add(new Event(results, moved));
                            }

                            @Override
                            public void failed(Exception problems, Duration took) {
                                events.add(new Event(List.of(), List.of()));
                            }
                        });
        Thread watching = changes.runOn(watch::run);

        Event first = events.next();
        assertThat(first.moved()).isNull();
        assertThat(first.results()).isNotEmpty().allMatch(CaseResult::passed);

        Path t14 = rules.resolve("t14-diversified-interpretation.drl");
        Files.writeString(t14, Files.readString(t14).replace("return 50; }", "return 60; }"));
        changes.changed(t14);
        Event second = events.next();
        assertThat(second.moved())
                .isNotEmpty()
                .allSatisfy(
                        m -> {
                            assertThat(m.before().passed()).isTrue();
                            assertThat(m.after().passed()).isFalse();
                        })
                .anySatisfy(m -> assertThat(m.after().name()).contains("恰好占50%"));
        assertThat(second.results()).hasSameSizeAs(first.results());

        changes.close();
        watching.join(Events.PATIENCE.toMillis());
        assertThat(watching.isAlive()).isFalse();
    }
}
