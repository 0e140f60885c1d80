package cn.zwgk.audit.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.audit.report.Renderers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands' work, called as the CLI calls it but without it: requests in, results out. */
class CommandsBelowTheCliTest {
    static final Path SAMPLE = Path.of("sample-data/2020");
    static final Path RULES = Path.of("rules");

    @TempDir Path out;

    @Test
    void anAuditTellsItsProgressAndReturnsTheReportAndTheFilesWritten() throws Exception {
        List<String> progress = new ArrayList<>();
        AuditRun.Result result =
                AuditRun.run(
                        new AuditRun.Request(
                                SAMPLE,
                                RULES,
                                null,
                                List.of(Renderers.byFormat("json").orElseThrow()),
                                out),
                        progress::add);
        assertThat(result.report().tasks()).hasSize(34);
        assertThat(result.written()).containsExactly(out.resolve("report.json"));
        assertThat(progress).hasSize(2);
        assertThat(progress.get(0)).startsWith("正在读取证据 ");
        assertThat(progress.get(1)).matches("已读取 \\d+ 条记录，正在审计 \\.\\.\\.");
    }

    @Test
    void anExplanationEndsWithHowStatesCombineWaiversIncluded() throws Exception {
        List<String> lines =
                TaskExplanation.explain(new TaskExplanation.Request(6, null, SAMPLE, RULES, null));
        assertThat(lines.get(0)).startsWith("任务 6：");
        assertThat(String.join("\n", lines))
                .contains(
                        "t06 拒绝公开的答复未说明理由或依据（t06-application-records.drl）：触发 1 次", "合成：", "经批准调整");
    }

    @Test
    void anExplanationOfATaskOrUnitNotInTheCatalogIsRefused() {
        assertThatThrownBy(
                        () ->
                                TaskExplanation.explain(
                                        new TaskExplanation.Request(99, null, SAMPLE, RULES, null)))
                .isInstanceOf(TaskExplanation.NotInCatalog.class)
                .hasMessage("任务目录中没有任务 99");
        assertThatThrownBy(
                        () ->
                                TaskExplanation.explain(
                                        new TaskExplanation.Request(
                                                1, "不存在科", SAMPLE, RULES, null)))
                .isInstanceOf(TaskExplanation.NotInCatalog.class)
                .hasMessage("不存在科 不是任务 1 的责任单位");
    }
}
