package cn.zwgk.audit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.AuditRules;
import cn.zwgk.audit.Auditor;
import cn.zwgk.audit.TestFiles;
import cn.zwgk.audit.catalog.Catalog;
import cn.zwgk.audit.problem.RuleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule files are compiled and cached one by one: a new process reads every unchanged file back from
 * disk, an edit recompiles only the edited file, and nothing stale or damaged is ever used.
 */
class RuleBaseCacheTest {
    static final Path SHIPPED = Path.of("rules");
    static final Path SAMPLE = Path.of("sample-data/2020");
    static final String T14 = "t14-diversified-interpretation.drl";

    static Catalog catalog;

    @TempDir Path temp;

    RuleBaseCache cache;

    @BeforeAll
    static void loadCatalog() throws Exception {
        catalog = Catalog.load(SHIPPED.resolve(Catalog.FILE_NAME));
    }

    @BeforeEach
    void newCache() {
        cache = new RuleBaseCache(temp.resolve("cache"), "test");
    }

    @Test
    void eachRuleFileHasItsOwnEntry() throws Exception {
        RuleBase base = load(copyOfShippedRules("copy"));
        assertThat(entries()).hasSize(base.files().size()).hasSizeGreaterThan(30);
    }

    @Test
    void aNewProcessReadsEveryFileFromDiskAndAuditsExactlyAsAFreshCompile() throws Exception {
        AuditRules compiled = AuditRules.load(copyOfShippedRules("first"), Optional.of(cache));
        RuleFiles.forgetInProcess();

        AuditRules fromDisk = AuditRules.load(copyOfShippedRules("second"), Optional.of(cache));
        assertThat(fromDisk.ruleBase().compiledFiles()).as("compiled again").isEmpty();
        assertThat(fromDisk.ruleBase().rules())
                .extracting(RuleBase.RuleInfo::name, RuleBase.RuleInfo::task)
                .containsExactlyElementsOf(
                        compiled.ruleBase().rules().stream()
                                .map(r -> org.assertj.core.groups.Tuple.tuple(r.name(), r.task()))
                                .toList());
        assertThat(fromDisk.ruleBase().rules())
                .allSatisfy(r -> assertThat(r.file()).startsWith(temp.resolve("second")));
        assertThat(new Auditor(fromDisk).audit(SAMPLE, null))
                .isEqualTo(new Auditor(compiled).audit(SAMPLE, null));
    }

    @Test
    void editingOneFileRecompilesThatFileAlone() throws Exception {
        Path rules = copyOfShippedRules("rules");
        load(rules);
        RuleFiles.forgetInProcess();
        Files.writeString(
                rules.resolve(T14),
                "\n// 注释 " + System.nanoTime() + "\n",
                StandardOpenOption.APPEND);

        RuleBase edited = load(rules);
        assertThat(edited.compiledFiles()).containsExactly(rules.resolve(T14));
        assertThat(load(rules).compiledFiles()).as("the edit is cached too").isEmpty();
    }

    @Test
    void anEditedRuleIsNeverTakenFromTheOldEntry() throws Exception {
        Path rules = oneRuleFolder("t20 before");
        assertThat(ruleNames(load(rules))).containsExactly("t20 before");
        RuleFiles.forgetInProcess();

        TestFiles.twentiethTaskRule(rules, "t20 after");
        assertThat(ruleNames(load(rules))).containsExactly("t20 after");
        assertThat(entries()).as("one entry per content").hasSize(2);
    }

    @Test
    void anEntryWrittenByAnotherBuildIsNotUsed() throws Exception {
        Path rules = oneRuleFolder("t20 before");
        load(rules);
        RuleFiles.forgetInProcess();
        RuleBase other =
                RuleBase.load(
                        rules,
                        catalog,
                        Optional.of(new RuleBaseCache(temp.resolve("cache"), "zwgk-audit 9.9.9")),
                        null);
        assertThat(other.compiledFiles()).hasSize(1);
        assertThat(entries()).hasSize(2);
    }

    @Test
    void aCorruptOrTruncatedEntryIsIgnoredAndRewritten() throws Exception {
        Path rules = oneRuleFolder("t20 before");
        load(rules);
        Path entry = entries().get(0);
        byte[] good = Files.readAllBytes(entry);
        String digest = RuleFiles.Source.read(rules.resolve("t20.drl")).digest();
        for (byte[] bad :
                List.of(
                        "not a rule file".getBytes(),
                        java.util.Arrays.copyOf(good, good.length - 10),
                        new byte[0])) {
            Files.write(entry, bad);
            RuleFiles.forgetInProcess();
            RuleBase again = load(rules);
            assertThat(ruleNames(again)).containsExactly("t20 before");
            assertThat(again.compiledFiles()).hasSize(1);
            assertThat(cache.read(digest)).as("rewritten").isPresent();
        }
    }

    @Test
    void packagesThatCannotBeReadBackAreCompiledAgain() throws Exception {
        Path rules = oneRuleFolder("t20 before");
        load(rules);
        CompiledRuleFile good = readEntry(rules);
        cache.write(
                new CompiledRuleFile(
                        good.digest(),
                        good.packageName(),
                        good.rules(),
                        good.types(),
                        "not packages".getBytes()));
        RuleFiles.forgetInProcess();

        RuleBase base = load(rules);
        assertThat(base.compiledFiles()).as("the header was readable").isEmpty();
        assertThat(base.kieBase().getKiePackage("t").getRules()).hasSize(1);
    }

    @Test
    void anUnwritableCacheOnlyCostsTime() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("file"), "x");
        Path rules = oneRuleFolder("t20 before");
        RuleBase base =
                RuleBase.load(
                        rules, catalog, Optional.of(new RuleBaseCache(notAFolder, "test")), null);
        assertThat(ruleNames(base)).containsExactly("t20 before");
    }

    @Test
    void entriesOfTheWholeFolderFormatAreRemoved() throws Exception {
        Path old = Files.createDirectories(temp.resolve("cache")).resolve("0123.kbase");
        Files.write(old, new byte[] {1, 2, 3});
        load(oneRuleFolder("t20 before"));
        assertThat(old).doesNotExist();
    }

    @Test
    void theFilesOfOneTaskAreFoundFromCachedSummaries() throws Exception {
        Path rules = copyOfShippedRules("rules");
        load(rules);
        int entries = entries().size();
        RuleFiles.forgetInProcess();
        Files.writeString(
                rules.resolve(T14),
                "\n// 注释 " + System.nanoTime() + "\n",
                StandardOpenOption.APPEND);

        RuleBase t16 = RuleBase.load(rules, catalog, Optional.of(cache), Set.of(16));
        assertThat(t16.files()).containsExactly(rules.resolve("t16-emergency-response.drl"));
        assertThat(t16.rules()).extracting(RuleBase.RuleInfo::task).containsOnly(16);
        assertThat(entries())
                .as("the edited t14 was compiled, once, to learn which tasks it decides")
                .hasSize(entries + 1);

        RuleFiles.forgetInProcess();
        RuleBase again = RuleBase.load(rules, catalog, Optional.of(cache), Set.of(16));
        assertThat(again.compiledFiles()).isEmpty();
        assertThat(entries()).hasSize(entries + 1);
    }

    private RuleBase load(Path rules) throws RuleException {
        return RuleBase.load(rules, catalog, Optional.of(cache), null);
    }

    private CompiledRuleFile readEntry(Path rules) throws Exception {
        return cache.read(RuleFiles.Source.read(rules.resolve("t20.drl")).digest()).orElseThrow();
    }

    private Path oneRuleFolder(String ruleName) throws IOException {
        Path rules = Files.createDirectories(temp.resolve("one"));
        TestFiles.twentiethTaskRule(rules, ruleName);
        return rules;
    }

    private static List<String> ruleNames(RuleBase base) {
        return base.rules().stream().map(RuleBase.RuleInfo::name).toList();
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(temp.resolve("cache"))) {
            return files.filter(f -> f.toString().endsWith(".rulefile")).sorted().toList();
        }
    }

    private Path copyOfShippedRules(String name) throws IOException {
        return TestFiles.copyTree(SHIPPED, temp.resolve(name));
    }
}
