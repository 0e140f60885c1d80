package cn.zwgk.audit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.audit.catalog.Catalog;
import cn.zwgk.audit.problem.Problem;
import cn.zwgk.audit.problem.RuleException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the rule base refuses, and where it says the problem is. */
class RuleBaseTest {
    static Catalog catalog;

    @TempDir Path rules;

    @BeforeAll
    static void loadCatalog() throws Exception {
        catalog = Catalog.load(Path.of("rules", Catalog.FILE_NAME));
    }

    private List<Problem> problems(String file, String drl) throws Exception {
        Files.writeString(rules.resolve(file), drl);
        try {
            RuleBase.compile(rules, catalog);
        } catch (RuleException e) {
            return e.problems();
        }
        throw new AssertionError("rules compiled");
    }

    @Test
    void theShippedRulesCompileAndEachNamesItsTask() throws Exception {
        RuleBase base = RuleBase.compile(Path.of("rules"), catalog);
        assertThat(base.rules())
                .extracting(RuleBase.RuleInfo::task)
                .contains(1, 4, 6, 14, 16, 17, 20, 31);
        assertThat(base.rules()).allSatisfy(r -> assertThat(catalog.task(r.task())).isPresent());
    }

    @Test
    void aSyntaxErrorIsReportedAtItsLineAndColumn() throws Exception {
        List<Problem> problems =
                problems(
                        "syntax.drl",
                        """
                        package t
                        rule "r"
                          @task(20)
                        when
                          String(
                        then
                        end
                        """);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).toString())
                .matches(".*syntax\\.drl:7:1: .*mismatched input 'end'.*");
    }

    @Test
    void anUnknownFieldIsLocatedInTheSource() throws Exception {
        List<Problem> problems =
                problems(
                        "field.drl",
                        """
                        package t
                        import cn.zwgk.audit.facts.OpenEvent
                        rule "r"
                          @task(20)
                        when
                          OpenEvent( colour == "red" )
                        then
                        end
                        """);
        assertThat(problems)
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.file()).hasFileName("field.drl");
                            assertThat(p.line()).isEqualTo(6);
                            assertThat(p.column()).isEqualTo(14);
                            assertThat(p.reason()).contains("colour");
                        });
    }

    @Test
    void rulesWithoutATaskOrWithATaskNotInTheCatalogAreRefused() throws Exception {
        Files.writeString(
                rules.resolve("a.drl"),
                """
                package a
                rule "no task"
                when
                then
                end
                """);
        List<Problem> problems =
                problems(
                        "b.drl",
                        """
                        package b
                        rule "task 99"
                          @task(99)
                        when
                        then
                        end
                        """);
        assertThat(problems)
                .extracting(Problem::toString)
                .containsExactly(
                        rules.resolve("a.drl") + ":2:1: 规则 \"no task\" 缺少 @task 元数据",
                        rules.resolve("b.drl") + ":2:1: 规则 \"task 99\" 的 @task(99) 不在任务目录中");
    }

    /** An empty rule of task 20 in a package. */
    private static String rule(String pkg, String name) {
        return "package " + pkg + "\nrule \"" + name + "\"\n  @task(20)\nwhen\nthen\nend\n";
    }

    @Test
    void twoRulesWithOneNameAreRefused() throws Exception {
        Files.writeString(rules.resolve("a.drl"), rule("a", "same"));
        List<Problem> problems = problems("b.drl", rule("b", "same"));
        assertThat(problems).singleElement().extracting(Problem::reason).asString().contains("重名");
    }

    @Test
    void twoFilesInOnePackageAreRefused() throws Exception {
        // Compiled one by one, two files of one package would silently share its functions.
        Files.writeString(rules.resolve("a.drl"), rule("t", "a"));
        List<Problem> problems = problems("b.drl", rule("t", "b"));
        assertThat(problems)
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.file()).hasFileName("b.drl");
                            assertThat(p.reason()).contains("package t", "a.drl");
                        });
    }

    @Test
    void readingTheWallClockIsRefused() throws Exception {
        List<Problem> problems =
                problems(
                        "clock.drl",
                        """
                        package t
                        rule "today"
                          @task(20)
                        when
                        then
                          System.out.println(java.time.LocalDate.now());
                        end
                        """);
        assertThat(problems)
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.line()).isEqualTo(6);
                            assertThat(p.reason()).contains("LocalDate.now", "--as-of");
                        });
    }

    @Test
    void aFolderWithoutRulesIsRefused() {
        assertThatThrownBy(() -> RuleBase.compile(rules, catalog))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("没有 .drl 文件");
    }
}
