package cn.zwgk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.engine.RuleBase;
import cn.zwgk.audit.report.AuditReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped rules cover the catalog; loaded rules are reused in this process only while unchanged
 * (the disk cache: {@code engine.RuleBaseCacheTest}); one task's rules judge it as all the rules
 * do.
 */
class AuditRulesTest {
    static final Path SHIPPED = Path.of("rules");
    static final Path SAMPLE = Path.of("sample-data/2020");

    @TempDir Path temp;

    @Test
    void everyCatalogTaskHasARuleAndEveryRuleACatalogTask() throws Exception {
        AuditRules shipped = AuditRules.load(SHIPPED);
        assertThat(shipped.tasksWithoutRules()).as("catalog tasks without a rule").isEmpty();
        assertThat(shipped.ruleBase().rules())
                .allSatisfy(
                        r -> assertThat(shipped.catalog().task(r.task())).as(r.name()).isPresent());
    }

    @Test
    void anUnchangedFolderIsCompiledOnceAndAnEditedOneAgain() throws Exception {
        Path rules = twentiethTaskRules("t20 before");
        AuditRules first = AuditRules.load(rules, Optional.empty());
        assertThat(AuditRules.load(rules, Optional.empty())).isSameAs(first);

        TestFiles.twentiethTaskRule(rules, "t20 after");
        AuditRules edited = AuditRules.load(rules, Optional.empty());
        assertThat(edited).isNotSameAs(first);
        assertThat(ruleNames(edited)).containsExactly("t20 after");
    }

    @Test
    void rulesForOneTaskHoldOnlyItsFilesAndJudgeItAsTheWholeRules() throws Exception {
        AuditRules all = AuditRules.load(SHIPPED, Optional.empty());
        AuditRules t14 = AuditRules.loadFor(SHIPPED, Set.of(14), Optional.empty());
        assertThat(t14.ruleBase().files())
                .containsExactly(SHIPPED.resolve("t14-diversified-interpretation.drl"));
        assertThat(task(new Auditor(t14).audit(SAMPLE, null), 14))
                .isEqualTo(task(new Auditor(all).audit(SAMPLE, null), 14));
    }

    @Test
    void rulesThatTakeOverAnEarlierRuleBaseAuditExactlyAsFreshlyAssembledOnes() throws Exception {
        Path rules = TestFiles.copyTree(SHIPPED, temp.resolve("watched"));
        AuditRules earlier = AuditRules.loadInBackground(rules, null).get();
        AuditReport before = new Auditor(earlier).audit(SAMPLE, null);
        edit(rules.resolve("t14-diversified-interpretation.drl"), "return 50; }", "return 99; }");
        edit(rules.resolve("t07-application-to-proactive.drl"), "return 2; }", "return 3; }");

        AuditRules later = AuditRules.loadInBackground(rules, earlier).get();
        AuditRules fresh =
                AuditRules.load(TestFiles.copyTree(rules, temp.resolve("fresh")), Optional.empty());
        AuditReport after = new Auditor(later).audit(SAMPLE, null);
        assertThat(after).isEqualTo(new Auditor(fresh).audit(SAMPLE, null));
        assertThat(task(after, 14)).isNotEqualTo(task(before, 14));
        // (Only the manifest differs: it hashes the rule files as they are on disk now.)
        assertThat(new Auditor(earlier).audit(SAMPLE, null).tasks())
                .as("the earlier rules, their rule base taken over, assemble a new one")
                .isEqualTo(before.tasks());
    }

    @Test
    void aTypeDeclaredDifferentlyIsAssembledAfresh() throws Exception {
        Path rules = TestFiles.copyTree(SHIPPED, temp.resolve("watched"));
        AuditRules earlier = AuditRules.loadInBackground(rules, null).get();
        Path t07 = rules.resolve("t07-application-to-proactive.drl");
        edit(t07, "    information : String\n", "    information : String\n    note : String\n");
        edit(t07, "new DueAssessment($info)", "new DueAssessment($info, \"\")");

        AuditRules later = AuditRules.loadInBackground(rules, earlier).get();
        assertThat(new Auditor(later).audit(SAMPLE, null).tasks())
                .isEqualTo(new Auditor(earlier).audit(SAMPLE, null).tasks());
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static AuditReport.TaskResult task(AuditReport report, int number) {
        return report.tasks().stream().filter(t -> t.number() == number).findFirst().orElseThrow();
    }

    private Path twentiethTaskRules(String ruleName) throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Files.copy(SHIPPED.resolve("catalog.json"), rules.resolve("catalog.json"));
        TestFiles.twentiethTaskRule(rules, ruleName);
        return rules;
    }

    private static List<String> ruleNames(AuditRules rules) {
        return rules.ruleBase().rules().stream().map(RuleBase.RuleInfo::name).toList();
    }
}
