package cn.zwgk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.engine.RuleBase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped rules cover the catalog, and compiled rules are reused only while unchanged. */
class AuditRulesTest {
    @TempDir
    Path rules;

    @Test
    void everyCatalogTaskHasARuleAndEveryRuleACatalogTask() throws Exception {
        AuditRules shipped = AuditRules.load(Path.of("rules"));
        assertThat(shipped.tasksWithoutRules()).as("catalog tasks without a rule").isEmpty();
        assertThat(shipped.ruleBase().rules()).allSatisfy(r ->
                assertThat(shipped.catalog().task(r.task())).as(r.name()).isPresent());
    }

    @Test
    void anUnchangedFolderIsCompiledOnceAndAnEditedOneAgain() throws Exception {
        Files.copy(Path.of("rules/catalog.json"), rules.resolve("catalog.json"));
        Path drl = rules.resolve("t20.drl");
        Files.writeString(drl, "package t\nrule \"t20 before\"\n  @task(20)\nwhen\nthen\nend\n");
        AuditRules first = AuditRules.load(rules);
        assertThat(AuditRules.load(rules)).isSameAs(first);

        Files.writeString(drl, "package t\nrule \"t20 after\"\n  @task(20)\nwhen\nthen\nend\n");
        AuditRules edited = AuditRules.load(rules);
        assertThat(edited).isNotSameAs(first);
        assertThat(edited.ruleBase().rules()).extracting(RuleBase.RuleInfo::name).containsExactly("t20 after");
    }
}
