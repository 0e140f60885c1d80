package cn.zwgk.audit.ruletest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.AuditRules;
import cn.zwgk.audit.Auditor;
import cn.zwgk.audit.verdict.State;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every shipped rule case in rules/tests, the same cases an auditor's own run would use. */
class RuleCasesTest {
    static final Path RULES = Path.of("rules");
    static AuditRules rules;
    static List<RuleCaseFile> files;

    @BeforeAll
    static void compile() throws Exception {
        rules = AuditRules.load(RULES);
        files = new RuleCases(RULES).load();
    }

    @TestFactory
    Stream<DynamicTest> everyShippedCase() {
        RuleCases runner = new RuleCases(RULES);
        Auditor auditor = new Auditor(rules);
        return files.stream()
                .flatMap(
                        file ->
                                file.cases().stream()
                                        .map(
                                                c ->
                                                        DynamicTest.dynamicTest(
                                                                file.file().getFileName()
                                                                        + " › "
                                                                        + c.name(),
                                                                () -> {
                                                                    CaseResult result =
                                                                            runner.run(
                                                                                    auditor, file,
                                                                                    c);
                                                                    assertThat(result.differences())
                                                                            .as(
                                                                                    "说明：%s",
                                                                                    result
                                                                                            .explanation())
                                                                            .isEmpty();
                                                                })));
    }

    /** Every task a rule decides has cases expecting it to pass and to fail. */
    @Test
    void everyRuledTaskHasPassingAndFailingCases() {
        Set<Integer> ruled =
                rules.ruleBase().rules().stream().map(r -> r.task()).collect(Collectors.toSet());
        for (int task : ruled) {
            Set<State> expected =
                    files.stream()
                            .filter(f -> f.task() == task)
                            .flatMap(f -> f.cases().stream())
                            .map(c -> c.expect().state())
                            .collect(Collectors.toSet());
            assertThat(expected)
                    .as("任务 %d 的用例应覆盖通过与未完成", task)
                    .contains(State.FAIL)
                    .containsAnyOf(State.PASS);
        }
    }
}
