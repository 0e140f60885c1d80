package cn.zwgk.audit.drl;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each way a rule file can leave the guide's shape is found, where it is: one small bad file per
 * warning, its line and column checked.
 */
class ShapeLintTest {
    @TempDir Path folder;

    @Test
    void theShippedRulesHaveNoWarnings() throws IOException {
        assertThat(ShapeLint.lintFolder(Path.of("rules"))).map(Problem::toString).isEmpty();
    }

    /** A rule whose condition is line 7 and whose consequence starts on line 9. */
    private static String rule(String condition, String consequence) {
        return """
        package t
        import cn.zwgk.audit.facts.OpenEvent
        import java.util.List
        rule "t20 r"
          @task(20)
        when
        %s
        then
        %s
        end
        """
                .formatted(condition, consequence);
    }

    private static final String EVENTS = "  $all : List() from collect(OpenEvent())";

    static Stream<Arguments> consequences() {
        return Stream.of(
                plumbing("  for (Object o : $all) { insert(o); }", "9:3: 警告：then 中有 for 循环"),
                plumbing(
                        "  int i = 0;\n  while (i < 1) { i++; }",
                        "9:3: 警告：then 中有局部变量 i",
                        "10:3: 警告：then 中有 while 循环"),
                plumbing(
                        "  if ($all.isEmpty()) { insert(\"a\"); } else { retract($all); }",
                        "9:3: 警告：then 中有 if … else 分支"),
                plumbing(
                        "  switch ($all.size()) { default: insert(\"a\"); }",
                        "9:3: 警告：then 中有 switch 分支"),
                plumbing("  insert($all.isEmpty() ? \"a\" : \"b\");", "9:10: 警告：then 中有条件表达式（? :）"),
                plumbing("  insert((String) $all.get(0));", "9:10: 警告：then 中有类型转换 (String)"),
                plumbing(
                        "  insert(new java.util.ArrayList($all));",
                        "9:10: 警告：then 中构造了集合 new ArrayList"),
                plumbing("  insert(new String[] {\"a\"});", "9:10: 警告：then 中构造了数组"),
                plumbing("  insert(\"a\");\n    insert(\"b\");", "10:5: 警告：then 中插入了不止一个事实"),
                plumbing("  modify($all) { clear() }", "8:5: 警告：then 中的代码无法按 Java 读取，未检查其写法"));
    }

    private static Arguments plumbing(String consequence, String... expected) {
        return Arguments.of(consequence, List.of(expected));
    }

    @ParameterizedTest
    @MethodSource("consequences")
    void javaPlumbingInAConsequenceIsFound(String consequence, List<String> expected)
            throws IOException {
        assertThat(warnings(rule(EVENTS, consequence)))
                .hasSameSizeAs(expected)
                .allSatisfy(w -> assertThat(w).endsWith("（判定写在 when 中，then 只插入一个结论或派生事实）"))
                .zipSatisfy(expected, (w, e) -> assertThat(w).startsWith(at(e)));
    }

    @Test
    void aConsequenceThatOnlyInsertsIsFine() throws IOException {
        assertThat(warnings(rule(EVENTS, "  insert(\"多元化解读 \" + $all.size());"))).isEmpty();
        // Naming no evidence, or one record, for a verdict is wording, not plumbing.
        assertThat(warnings(rule(EVENTS, "  insert(unmet(drools, null, \"无\", List.of()));")))
                .isEmpty();
    }

    @Test
    void aNumberInAConditionMustBeANamedParameter() throws IOException {
        assertThat(
                        warnings(
                                rule(
                                        "  TaskWindow(task == 20)\n"
                                                + "  $all : List(size >= 3, size != 0, size > 1)"
                                                + " from collect(OpenEvent(title != \"第2次\"))",
                                        "  insert(\"a\");")))
                .containsExactly(at("8:23: 警告：条件中的数字 3 应写成具名参数（一行的函数，上一行注明出处）"));
    }

    @Test
    void aFunctionThatIsNotAOneLineNamedParameterIsFound() throws IOException {
        String drl =
                """
                package t
                // 任务表原文。
                function String idList(List l) { return l.toString(); }
                // 任务表原文。
                function int minOpenDays() {
                  return 3;
                }
                """;
        assertThat(warnings(drl))
                .containsExactly(
                        at("3:1: 警告：函数 idList 不是一行的具名参数")
                                + "：规则文件中的函数只写 function 类型 名称() { return 值; }，计算交给 Java 辅助函数或声明的事实",
                        at("5:1: 警告：函数 minOpenDays 不是一行的具名参数")
                                + "：规则文件中的函数只写 function 类型 名称() { return 值; }，计算交给 Java"
                                + " 辅助函数或声明的事实");
    }

    @Test
    void aParameterNeedsASourceOnTheLineAbove() throws IOException {
        String drl =
                """
                package t

                function int a() { return 3; }
                // 这是个阈值。
                function int b() { return 3; }
                // *(默认值)*
                function int c() { return 3; }
                // 《政府信息公开条例》第三十三条：20 个工作日。
                function int d() { return 20; }
                // *(默认值)* 法规没有规定，取常见做法。
                function int e() { return 3; }
                // 任务表原文“不少于 3 次”。
                function int f() { return 3; }
                """;
        assertThat(warnings(drl))
                .containsExactly(
                        at("3:1: 警告：参数 a 的上一行没有注明出处（法规条款、任务表，或 *(默认值)* 加理由）"),
                        at("5:1: 警告：参数 b 的出处注释没有写明法规条款或任务表，也没有标 *(默认值)*"),
                        at("7:1: 警告：参数 c 标了 *(默认值)*，但没有写为什么取这个值"));
    }

    @Test
    void aHelperCopiedIntoAnotherFileIsFoundButTwoTasksMayNameTheirParametersAlike()
            throws IOException {
        String helperAndParameter =
                """
                package %s
                // 任务表原文。
                function int minOpenDays() { return %d; }
                function String dated(java.util.List l) { return l.toString(); }
                """;
        Path a = write("a.drl", helperAndParameter.formatted("a", 3));
        Path b = write("b.drl", helperAndParameter.formatted("b", 5));
        assertThat(ShapeLint.lint(List.of(a, b)))
                .map(Problem::toString)
                .filteredOn(w -> w.contains("也定义在"))
                .containsExactly(
                        b
                                + ":4:1: 函数 dated 也定义在 a.drl 中：多个规则文件共用的辅助函数放在 Java 中（如"
                                + " cn.zwgk.audit.verdict.Text），不要复制");
    }

    @Test
    void aFileThatDoesNotParseIsLeftToTheCompiler() throws IOException {
        assertThat(warnings("package t\nrule \"r\" when String( then end\n")).isEmpty();
    }

    private String at(String located) {
        return folder.resolve("t.drl") + ":" + located;
    }

    private List<String> warnings(String drl) throws IOException {
        return ShapeLint.lint(List.of(write("t.drl", drl))).stream()
                .map(w -> w.located("警告"))
                .toList();
    }

    private Path write(String name, String drl) throws IOException {
        return Files.writeString(folder.resolve(name), drl);
    }
}
