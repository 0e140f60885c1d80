package cn.zwgk.audit.drl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One reader lists the rules' parameters: every shipped parameter has a source, and the guide's
 * "参数一览" is exactly what the reader generates.
 */
class ParametersTest {
    static final Path GUIDE = Path.of("docs/auditor-guide.md");
    static final Path SHIPPED = Path.of("rules");

    @TempDir Path folder;

    @Test
    void everyParameterOfTheShippedRulesHasASource() throws IOException {
        List<Parameter> parameters = Parameters.ofFolder(SHIPPED);
        assertThat(parameters)
                .isNotEmpty()
                .allSatisfy(
                        p ->
                                assertThat(p.basis())
                                        .as(
                                                "%s:%d %s 的出处：%s",
                                                p.file(), p.line(), p.name(), p.source())
                                        .isNotEqualTo(Parameter.Basis.MISSING));
        assertThat(parameters)
                .extracting(Parameter::task, Parameter::name, Parameter::value, Parameter::basis)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                14, "minSharePercent", "50", Parameter.Basis.STATUTE),
                        org.assertj.core.groups.Tuple.tuple(
                                7, "minApplicants", "2", Parameter.Basis.DEFAULT));
    }

    @Test
    void theGuideListsExactlyTheParametersOfTheShippedRules() throws IOException {
        String expected =
                ParameterTable.replaceIn(
                        Files.readString(GUIDE),
                        ParameterTable.markdown(SHIPPED, Parameters.ofFolder(SHIPPED)));
        assertThat(ParameterTable.section(Files.readString(GUIDE)))
                .as("docs/auditor-guide.md 的“参数一览”与规则不一致，重新生成：" + ParameterTable.REGENERATE)
                .isEqualTo(ParameterTable.section(expected));
    }

    @Test
    void aParameterIsReadWithItsFileTaskTypeValueSourceLineAndBasis() throws IOException {
        Path file =
                Files.writeString(
                        folder.resolve("t16.drl"),
                        """
                        package t
                        import java.util.Set

                        // 国办发〔2016〕61号：重大突发事件 5 小时内发布权威信息。
                        function int responseHours() { return 5; }
                        // *(默认值)* 法规没有规定，取区政务公开办的通常做法。
                        function Set channels() { return Set.of("网站",
                            "微信"); }
                        function int helper(int x) { return x; }
                        rule "t16 r"
                          @task(16)
                        when
                        then
                        end
                        """);
        assertThat(Parameters.of(file))
                .containsExactly(
                        new Parameter(
                                file,
                                16,
                                "responseHours",
                                "int",
                                "5",
                                "国办发〔2016〕61号：重大突发事件 5 小时内发布权威信息。",
                                5,
                                Parameter.Basis.STATUTE),
                        new Parameter(
                                file,
                                16,
                                "channels",
                                "Set",
                                "Set.of(\"网站\", \"微信\")",
                                "*(默认值)* 法规没有规定，取区政务公开办的通常做法。",
                                7,
                                Parameter.Basis.DEFAULT));
    }

    @Test
    void theGuideTableIsReplacedBetweenItsMarkersOnly() throws IOException {
        Path guide =
                Files.writeString(
                        folder.resolve("guide.md"),
                        "前文\n" + ParameterTable.BEGIN + "\n旧表\n" + ParameterTable.END + "\n后文\n");
        Path rules = Files.createDirectories(folder.resolve("rules"));
        Files.writeString(
                rules.resolve("t20.drl"),
                "package t\n// 任务表原文“至少 3 次”。\nfunction int minOpenDays() { return 3; }\n");

        assertThat(ParameterTable.update(guide, rules)).isEqualTo(1);
        assertThat(Files.readString(guide))
                .startsWith("前文\n" + ParameterTable.BEGIN + "\n\n| 任务 |")
                .contains(
                        "| — | `t20.drl:3` | `minOpenDays` | `int` | `3` | 法规或任务表 | 任务表原文“至少 3 次”。"
                                + " |")
                .doesNotContain("旧表")
                .endsWith("共 1 个参数，法规或任务表 1，默认值 0，缺出处 0\n\n" + ParameterTable.END + "\n后文\n");
        assertThatThrownBy(() -> ParameterTable.update(rules.resolve("t20.drl"), rules))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("参数一览");
    }
}
