package cn.zwgk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.engine.RuleBase;
import cn.zwgk.audit.engine.RuleBaseCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped rules cover the catalog, and compiled rules are reused, in this process or from the
 * disk cache, only while unchanged.
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

        writeTwentiethTaskRule(rules, "t20 after");
        AuditRules edited = AuditRules.load(rules, Optional.empty());
        assertThat(edited).isNotSameAs(first);
        assertThat(ruleNames(edited)).containsExactly("t20 after");
    }

    @Test
    void rulesReadFromTheDiskCacheAuditExactlyAsFreshlyCompiledOnes() throws Exception {
        RuleBaseCache cache = new RuleBaseCache(temp.resolve("cache"), "test");
        Path copy = copyOfShippedRules("copy");
        AuditRules compiled = AuditRules.load(SHIPPED, Optional.of(cache));
        assertThat(entries()).hasSize(1);

        // Another folder with the same content: not in this process's memory, so it comes from
        // disk.
        AuditRules fromDisk = AuditRules.load(copy, Optional.of(cache));
        assertThat(fromDisk.ruleBase()).isNotSameAs(compiled.ruleBase());
        assertThat(fromDisk.ruleBase().rules())
                .extracting(RuleBase.RuleInfo::name, RuleBase.RuleInfo::task)
                .containsExactlyElementsOf(
                        compiled.ruleBase().rules().stream()
                                .map(r -> org.assertj.core.groups.Tuple.tuple(r.name(), r.task()))
                                .toList());
        assertThat(fromDisk.ruleBase().rules())
                .allSatisfy(r -> assertThat(r.file()).startsWith(copy));
        assertThat(new Auditor(fromDisk).audit(SAMPLE, null))
                .isEqualTo(new Auditor(compiled).audit(SAMPLE, null));
    }

    @Test
    void anEditedRuleFileNeverRunsAgainstTheCachedRuleBase() throws Exception {
        RuleBaseCache cache = new RuleBaseCache(temp.resolve("cache"), "test");
        Path rules = twentiethTaskRules("t20 before");
        assertThat(ruleNames(AuditRules.load(rules, Optional.of(cache))))
                .containsExactly("t20 before");

        writeTwentiethTaskRule(rules, "t20 after");
        Path sameEdit = temp.resolve("same-edit");
        copyFolder(rules, sameEdit);
        assertThat(ruleNames(AuditRules.load(sameEdit, Optional.of(cache))))
                .containsExactly("t20 after");
        assertThat(entries()).as("one entry per content").hasSize(2);
    }

    @Test
    void anEntryWrittenByAnotherBuildIsNotUsed() throws Exception {
        Path rules = twentiethTaskRules("t20 before");
        AuditRules.load(
                rules, Optional.of(new RuleBaseCache(temp.resolve("cache"), "zwgk-audit 0.1.0")));
        AuditRules.load(
                copyFolder(rules, temp.resolve("other")),
                Optional.of(new RuleBaseCache(temp.resolve("cache"), "zwgk-audit 0.2.0")));
        assertThat(entries()).hasSize(2);
    }

    @Test
    void aCorruptOrTruncatedEntryIsIgnoredAndRebuilt() throws Exception {
        RuleBaseCache cache = new RuleBaseCache(temp.resolve("cache"), "test");
        Path rules = twentiethTaskRules("t20 before");
        AuditRules.load(rules, Optional.of(cache));
        Path entry = entries().get(0);
        byte[] good = Files.readAllBytes(entry);

        int copy = 0;
        for (byte[] bad :
                List.of(
                        "not a rule base".getBytes(),
                        java.util.Arrays.copyOf(good, good.length / 2),
                        new byte[0])) {
            Files.write(entry, bad);
            Path again = copyFolder(rules, temp.resolve("again-" + copy++));
            assertThat(ruleNames(AuditRules.load(again, Optional.of(cache))))
                    .containsExactly("t20 before");
            // Rewritten whole (its size differs from the first by the folder names it records).
            assertThat(Files.size(entry))
                    .as("rewritten")
                    .isBetween(good.length - 100L, good.length + 100L);
        }
    }

    @Test
    void anUnwritableCacheOnlyCostsTime() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("file"), "x");
        Path rules = twentiethTaskRules("t20 before");
        assertThat(
                        ruleNames(
                                AuditRules.load(
                                        rules, Optional.of(new RuleBaseCache(notAFolder, "test")))))
                .containsExactly("t20 before");
    }

    private Path twentiethTaskRules(String ruleName) throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Files.copy(SHIPPED.resolve("catalog.json"), rules.resolve("catalog.json"));
        writeTwentiethTaskRule(rules, ruleName);
        return rules;
    }

    private static void writeTwentiethTaskRule(Path rules, String ruleName) throws IOException {
        Files.writeString(
                rules.resolve("t20.drl"),
                "package t\nrule \"" + ruleName + "\"\n  @task(20)\nwhen\nthen\nend\n");
    }

    private static List<String> ruleNames(AuditRules rules) {
        return rules.ruleBase().rules().stream().map(RuleBase.RuleInfo::name).toList();
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(temp.resolve("cache"))) {
            return files.filter(f -> f.toString().endsWith(".kbase")).toList();
        }
    }

    private Path copyOfShippedRules(String name) throws IOException {
        return copyFolder(SHIPPED, temp.resolve(name));
    }

    private static Path copyFolder(Path from, Path to) throws IOException {
        return TestFiles.copyTree(from, to);
    }
}
