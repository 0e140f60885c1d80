package cn.zwgk.audit.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.zwgk.audit.catalog.Catalog;
import cn.zwgk.audit.cli.Main;
import cn.zwgk.audit.engine.RuleBase;
import cn.zwgk.audit.engine.RuleSession;
import cn.zwgk.audit.facts.ServicePush;
import cn.zwgk.audit.problem.RuleException;
import cn.zwgk.audit.verdict.Exceptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules are trusted code, but a faulty one must fail clearly: named, located, never a hang. */
class FaultyRulesTest {
    static Catalog catalog;

    @TempDir Path rules;

    @BeforeAll
    static void loadCatalog() throws Exception {
        catalog = Catalog.load(Path.of("rules", Catalog.FILE_NAME));
    }

    private static final List<ServicePush> FACTS =
            List.of(
                    new ServicePush(
                            "SP-1",
                            "办公室",
                            ServicePush.Category.办事指南,
                            LocalDate.of(2020, 2, 19),
                            3));

    private RuleBase compile(String drl) throws Exception {
        Files.writeString(rules.resolve("faulty.drl"), drl);
        return RuleBase.compile(rules, catalog);
    }

    @Test
    void aConsequenceThatThrowsNamesTheRuleItsTaskTheFileAndTheFacts() throws Exception {
        RuleBase base =
                compile(
                        """
                        package t
                        import cn.zwgk.audit.facts.ServicePush
                        rule "会抛出异常的规则"
                          @task(20)
                        when
                          $p : ServicePush()
                        then
                          throw new IllegalStateException("坏规则");
                        end
                        """);

        RuleException e =
                catchThrowableOfType(
                        RuleException.class, () -> new RuleSession(base, false).run(FACTS, null));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("会抛出异常的规则", "任务 20", "faulty.drl", "SP-1", "坏规则");
    }

    @Test
    void aRuleThatLoopsIsStoppedByTheFiringLimit() throws Exception {
        RuleBase base =
                compile(
                        """
                        package t
                        import cn.zwgk.audit.facts.ServicePush
                        rule "反复修改事实"
                          @task(20)
                        when
                          $p : ServicePush()
                        then
                          update($p);
                        end
                        """);
        long start = System.nanoTime();

        RuleException e =
                catchThrowableOfType(
                        RuleException.class, () -> new RuleSession(base, false).run(FACTS, null));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("规则触发次数达到上限 " + RuleSession.firingLimit(1), "循环");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "new java.io.File(\"x\").exists()",
                "java.nio.file.Files.readString(null) != null",
                "Files.exists(null)",
                "java.nio.file.Paths.get(\"x\") != null",
                "java.nio.file.Path.of(\"x\") != null",
                "java.time.LocalDate.now() != null",
                "java.time.LocalDate\n            .now() != null",
                "java.time.Clock.systemDefaultZone() != null",
                "java.util.Optional.of(1).map(x -> java.time.Instant::now) != null",
                "new java.net.URL(\"file:///etc/passwd\").openStream() != null",
                "java.nio.file.FileSystems.getDefault() != null",
                "Runtime.getRuntime().exec(\"ls\") != null",
                "new ProcessBuilder(\"ls\").start() != null",
                "exitsTheProcess(System . exit(0))"
            })
    void zwgkCheckFlagsRulesThatReadTheFileSystemOrTheClock(String read) throws Exception {
        RuleException e =
                catchThrowableOfType(
                        RuleException.class,
                        () ->
                                compile(
                                        """
                                        package t
                                        import cn.zwgk.audit.facts.ServicePush
                                        rule "读文件"
                                          @task(20)
                                        when
                                          $p : ServicePush()
                                          eval(%s)
                                        then
                                        end
                                        """
                                                .formatted(read)));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("faulty.drl:7:", "规则不得读取系统时钟、环境、文件系统或网络");
    }

    @Test
    void theLintIgnoresCommentsAndMessageText() throws Exception {
        RuleBase base =
                compile(
                        """
                        package t
                        import cn.zwgk.audit.facts.ServicePush
                        // 不要用 LocalDate.now()：审计日期由 --as-of 给定
                        rule "只在注释和文字中提到时钟"
                          @task(20)
                        when
                          $p : ServicePush(unit != "System.exit(0)") /* Clock */
                        then
                        end
                        """);

        assertThat(base.rules()).hasSize(1);
    }

    @Test
    void aConditionThatThrowsNamesTheRuleItsTaskAndTheFile() throws Exception {
        RuleBase base =
                compile(
                        """
                        package t
                        import cn.zwgk.audit.facts.ServicePush
                        rule "条件会除以零"
                          @task(20)
                        when
                          $p : ServicePush(recipients / (recipients - 3) > 1)
                        then
                        end
                        """);

        RuleException e =
                catchThrowableOfType(
                        RuleException.class, () -> new RuleSession(base, false).run(FACTS, null));

        assertThat(e).isNotNull();
        assertThat(e.getMessage())
                .contains("条件会除以零", "任务 20", "faulty.drl", "条件计算出错", "除以零")
                .doesNotContain("Exception");
    }

    @Test
    void aStackOverflowInAConsequenceNamesTheRule() throws Exception {
        RuleBase base =
                compile(
                        """
                        package t
                        import cn.zwgk.audit.facts.ServicePush
                        function int deeper(int n) { return deeper(n + 1) + 1; }
                        rule "无穷递归"
                          @task(20)
                        when
                          $p : ServicePush()
                        then
                          deeper(0);
                        end
                        """);

        RuleException e =
                catchThrowableOfType(
                        RuleException.class, () -> new RuleSession(base, false).run(FACTS, null));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("无穷递归", "任务 20", "faulty.drl", "栈溢出", "SP-1");
    }

    @Test
    void aConsequenceThatNeverEndsIsStoppedAndNamed() throws Exception {
        RuleBase base =
                compile(
                        """
                        package t
                        import cn.zwgk.audit.facts.ServicePush
                        rule "死循环"
                          @task(20)
                        when
                          $p : ServicePush()
                        then
                          int i = 0;
                          while (i >= 0) { i = (i + 1) % 7; }
                        end
                        """);
        long start = System.nanoTime();

        RuleException e =
                catchThrowableOfType(
                        RuleException.class,
                        () -> new RuleSession(base, false).run(FACTS, null, Exceptions.NONE, 300));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("死循环", "任务 20", "faulty.drl", "已停止");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    /**
     * A rule file saved in GBK (a Chinese editor's default) is refused before anything parses it:
     * the file, the line and column of the first byte that is not UTF-8, the reason in Chinese; by
     * {@code zwgk check} and {@code zwgk audit} alike, exit 4, no decoder text or class names.
     */
    @Test
    void aRuleFileSavedInGbkIsRefusedAtItsFirstBadByteByCheckAndAudit(@TempDir Path copy)
            throws Exception {
        try (var files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        String drl =
                """
                package t
                import cn.zwgk.audit.facts.ServicePush
                rule "推送规则" // 以 GBK 保存的规则
                  @task(20)
                when
                  $p : ServicePush()
                then
                end
                """;
        Path gbk = copy.resolve("gbk.drl");
        Files.write(gbk, drl.getBytes(Charset.forName("GBK")));
        // Line 3, after 'rule "' (6 characters): the first byte of 推 in GBK (0xCD) starts a
        // two-byte UTF-8 sequence its next byte (0xC6) cannot continue.
        // zwgk check puts its "错误：" before every reason.
        String expected =
                Pattern.quote(gbk + ":3:7: ") + "(错误：)?规则文件不是 UTF-8 编码（此处的字节无法按 UTF-8 读取，可能是 GBK）";

        for (String[] command :
                List.of(
                        new String[] {"check", "--rules", copy.toString()},
                        new String[] {
                            "audit",
                            "sample-data/2020",
                            "--rules",
                            copy.toString(),
                            "--out",
                            copy.resolve("out").toString()
                        })) {
            // zwgk check lists its findings on stdout, zwgk audit its problems on stderr.
            StringWriter said = new StringWriter();
            int exit = Main.run(new PrintWriter(said, true), new PrintWriter(said, true), command);

            assertThat(exit).as(command[0] + ": " + said).isEqualTo(4);
            assertThat(said.toString())
                    .as(command[0])
                    .containsPattern(expected)
                    .contains("请在编辑器中另存为 UTF-8")
                    .doesNotContain("Input length", "Exception", "java.", "0:0");
        }
        assertThat(copy.resolve("out")).doesNotExist();
    }
}
