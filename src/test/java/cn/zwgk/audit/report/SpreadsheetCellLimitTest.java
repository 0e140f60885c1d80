package cn.zwgk.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.text.SafeText;
import org.junit.jupiter.api.Test;

/** A cell longer than Excel allows (a large organisation's evidence ids) is cut, not a crash. */
class SpreadsheetCellLimitTest {

    @Test
    void textUpToTheLimitIsKeptAndLongerTextIsCutWithANote() {
        String atLimit = "A".repeat(SafeText.MAX_CELL_CHARS);
        assertThat(SafeText.officeCell(atLimit)).isEqualTo(atLimit);
        String cut = SafeText.officeCell("CD-000001、".repeat(5_000));
        assertThat(cut)
                .hasSize(SafeText.MAX_CELL_CHARS)
                .startsWith("CD-000001、")
                .endsWith("完整内容见 report.json 或 findings.csv）");
    }
}
