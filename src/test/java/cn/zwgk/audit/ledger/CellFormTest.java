package cn.zwgk.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.audit.facts.Application;
import cn.zwgk.audit.facts.EvidenceKind;
import cn.zwgk.audit.facts.MajorDecision;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a ledger cell may hold for each type of field, and what it is read as. */
class CellFormTest {
    private static final CellForm DATE = CellForm.of(LocalDate.class);
    private static final CellForm TIME = CellForm.of(OffsetDateTime.class);

    private static String read(CellForm form, CellValue cell) throws UnreadableCell {
        return form.read(cell).toString();
    }

    private static CellValue.Text text(String s) {
        return new CellValue.Text(s);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2020-06-30",
                "2020/6/30",
                "2020/06/30",
                "2020.6.30",
                "2020年6月30日",
                "2020 年 6 月 30 日",
                " 2020-6-30 "
            })
    void datesAreReadInTheUsualForms(String typed) throws UnreadableCell {
        assertThat(read(DATE, text(typed))).isEqualTo("\"2020-06-30\"");
    }

    @Test
    void anExcelDateCellIsItsDay() throws UnreadableCell {
        assertThat(read(DATE, new CellValue.Moment(LocalDateTime.of(2020, 6, 30, 0, 0))))
                .isEqualTo("\"2020-06-30\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020/2/30", "2021-02-29", "2020年13月1日"})
    void aDayThatDoesNotExistIsRefusedNotRolledOver(String typed) {
        assertThatThrownBy(() -> DATE.read(text(typed)))
                .isInstanceOf(UnreadableCell.class)
                .hasMessage("“" + typed + "”不是存在的日期");
    }

    @Test
    void theLastDayOfFebruaryInALeapYearIsADay() throws UnreadableCell {
        assertThat(read(DATE, text("2020/2/29"))).isEqualTo("\"2020-02-29\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-06/30", "30/6/2020", "六月三十日", "2020-6", "２０２０-06-30"})
    void otherTextIsNotADate(String typed) {
        assertThatThrownBy(() -> DATE.read(text(typed)))
                .isInstanceOf(UnreadableCell.class)
                .hasMessageContaining("不是日期（可写 2020-06-30、2020/6/30、2020年6月30日");
    }

    @Test
    void aDayExportedWithAMidnightTimeIsThatDayButAnyOtherTimeIsRefused() throws UnreadableCell {
        assertThat(read(DATE, text("2020/6/3 0:00"))).isEqualTo("\"2020-06-03\"");
        assertThat(read(DATE, text("2020-06-03 00:00:00"))).isEqualTo("\"2020-06-03\"");
        assertThatThrownBy(() -> DATE.read(text("2020/6/3 9:30")))
                .hasMessageStartingWith("值 “2020/6/3 9:30” 不是日期");
        assertThatThrownBy(() -> DATE.read(text("2020/2/30 0:00")))
                .hasMessage("“2020/2/30 0:00”不是存在的日期");
    }

    @Test
    void aPlainNumberIsNotTakenForADateNorADateWithATimeForADay() {
        assertThatThrownBy(() -> DATE.read(new CellValue.Number(44012)))
                .hasMessageStartingWith("值 44012 不是日期");
        assertThatThrownBy(
                        () -> DATE.read(new CellValue.Moment(LocalDateTime.of(2020, 6, 30, 9, 30))))
                .hasMessage("应为日期，单元格是带时间的 时间 2020-06-30 09:30");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2020-06-30 14:05",
                "2020/6/30 14:05",
                "2020年6月30日 14:05",
                "2020年6月30日14:05",
                "2020-06-30T14:05",
                "2020-06-30 14：05"
            })
    void timesAreReadInTheUsualFormsAsBeijingTime(String typed) throws UnreadableCell {
        assertThat(read(TIME, text(typed))).isEqualTo("\"2020-06-30T14:05\"");
    }

    @Test
    void timesKeepSecondsAndAnOffsetWhenWritten() throws UnreadableCell {
        assertThat(read(TIME, text("2020/6/30 14:05:30"))).isEqualTo("\"2020-06-30T14:05:30\"");
        assertThat(read(TIME, text("2020-06-30T06:05+00:00")))
                .isEqualTo("\"2020-06-30T06:05+00:00\"");
        assertThat(read(TIME, new CellValue.Moment(LocalDateTime.of(2020, 6, 30, 14, 5))))
                .isEqualTo("\"2020-06-30T14:05\"");
    }

    @Test
    void aTimeNeedsItsHourAndAValidOne() {
        assertThatThrownBy(() -> TIME.read(text("2020-06-30"))).hasMessageContaining("缺少时刻");
        assertThatThrownBy(() -> TIME.read(text("2020-06-30 24:00")))
                .hasMessage("“2020-06-30 24:00”不是存在的时刻");
    }

    @Test
    void aBeijingTimeIsWrittenAsADateCellAndAnyOtherAsTextSoNothingIsLost() {
        OffsetDateTime beijing = OffsetDateTime.of(2020, 6, 30, 14, 5, 0, 0, ZoneOffset.ofHours(8));
        assertThat(TIME.cell(beijing)).isEqualTo(LocalDateTime.of(2020, 6, 30, 14, 5));
        assertThat(TIME.cell(beijing.withNano(500)))
                .isEqualTo("2020-06-30T14:05:00.000000500+08:00");
        assertThat(TIME.cell(beijing.withOffsetSameInstant(ZoneOffset.UTC)))
                .isEqualTo("2020-06-30T06:05Z");
    }

    @Test
    void yesAndNo() throws UnreadableCell {
        CellForm flag = CellForm.of(boolean.class);
        assertThat(read(flag, text("是"))).isEqualTo("true");
        assertThat(read(flag, text("否"))).isEqualTo("false");
        assertThat(read(flag, new CellValue.Bool(true))).isEqualTo("true");
        assertThat(flag.text(false)).isEqualTo("否");
        assertThat(flag.choices()).containsExactly("是", "否");
        assertThatThrownBy(() -> flag.read(text("Y"))).hasMessage("值 “Y” 应为“是”或“否”");
        assertThatThrownBy(() -> flag.read(new CellValue.Number(1))).hasMessage("值 1 应为“是”或“否”");
    }

    @Test
    void wholeNumbers() throws UnreadableCell {
        CellForm number = CellForm.of(Integer.class);
        assertThat(read(number, new CellValue.Number(12))).isEqualTo("12");
        assertThat(read(number, text(" 12 "))).isEqualTo("12");
        assertThat(read(number, new CellValue.Number(3_000_000_000d))).isEqualTo("3000000000");
        assertThatThrownBy(() -> number.read(new CellValue.Number(12.5))).hasMessage("值 12.5 应为整数");
        assertThatThrownBy(() -> number.read(text("12.0"))).hasMessage("值 “12.0” 应为整数");
    }

    @Test
    void textIsKeptExactlyAndANumberInATextColumnIsItsDigits() throws UnreadableCell {
        CellForm plain = CellForm.of(String.class);
        assertThat(read(plain, text(" 带空格 "))).isEqualTo("\" 带空格 \"");
        assertThat(read(plain, new CellValue.Number(2020001))).isEqualTo("\"2020001\"");
        assertThatThrownBy(() -> plain.read(new CellValue.Error("#N/A")))
                .hasMessage("应为文本，单元格是错误值 #N/A");
    }

    @Test
    void enumerationsOfferTheirNamesAndLeaveRefusalToBinding() throws UnreadableCell {
        CellForm outcome = CellForm.of(Application.Outcome.class);
        assertThat(outcome.choices())
                .containsExactly("予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理");
        assertThat(read(outcome, text("同意公开"))).isEqualTo("\"同意公开\"");
    }

    @Test
    void aListIsOneCellSeparatedBySemicolonsOrLineBreaks() throws UnreadableCell {
        CellForm units = new CellForm.ListOf(CellForm.of(String.class));
        assertThat(read(units, text("办公室；法制科; 社管科\n人才开发科；")))
                .isEqualTo("[\"办公室\",\"法制科\",\"社管科\",\"人才开发科\"]");
        assertThat(units.text(List.of("办公室", "法制科"))).isEqualTo("办公室；法制科");
        assertThatThrownBy(() -> units.text(List.of("办公室；法制科")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("含有分隔符");
    }

    @Test
    void recordsInAListAreTheirFieldsSeparatedBySpaces() throws Exception {
        CellForm consultations =
                LedgerFormat.columns(EvidenceKind.MAJOR_DECISION).stream()
                        .filter(c -> c.field().equals("consultations"))
                        .findFirst()
                        .orElseThrow()
                        .form();
        assertThat(read(consultations, text("听证 2020/3/1；座谈 2020年3月5日")))
                .isEqualTo(
                        "[{\"method\":\"听证\",\"date\":\"2020-03-01\"},{\"method\":\"座谈\",\"date\":\"2020-03-05\"}]");
        assertThat(
                        consultations.text(
                                List.of(
                                        new MajorDecision.Consultation(
                                                MajorDecision.Method.听证,
                                                LocalDate.of(2020, 3, 1)))))
                .isEqualTo("听证 2020-03-01");
        assertThatThrownBy(() -> consultations.read(text("听证"))).hasMessage("“听证”应为“方式 日期”，以空格分隔");
        assertThatThrownBy(() -> consultations.read(text("听证 2020/2/30")))
                .hasMessage("“听证 2020/2/30”的日期：“2020/2/30”不是存在的日期");
    }

    @Test
    void aLongCompositeOrTableCellIsQuotedCutInAReason() throws Exception {
        CellForm consultations =
                LedgerFormat.columns(EvidenceKind.MAJOR_DECISION).stream()
                        .filter(c -> c.field().equals("consultations"))
                        .findFirst()
                        .orElseThrow()
                        .form();
        CellForm table =
                LedgerFormat.columns(EvidenceKind.REPORT_TABLES).stream()
                        .filter(c -> c.field().equals("applications"))
                        .findFirst()
                        .orElseThrow()
                        .form();
        String pasted = "听".repeat(CellForm.MAX_QUOTED + 1);
        String cut = "听".repeat(CellForm.MAX_QUOTED) + "…（共 " + (CellForm.MAX_QUOTED + 1) + " 字）";

        assertThatThrownBy(() -> consultations.read(text(pasted)))
                .hasMessage("“" + cut + "”应为“方式 日期”，以空格分隔");
        assertThatThrownBy(() -> consultations.read(text(pasted + " 2020/2/30")))
                .hasMessageStartingWith("“" + "听".repeat(CellForm.MAX_QUOTED) + "…（共 ");
        assertThatThrownBy(() -> table.read(text(pasted))).hasMessage("“" + cut + "”应为“行名：数,数,…”");
        assertThatThrownBy(() -> table.read(text(pasted + "：x")))
                .hasMessageStartingWith("“" + cut + "”行：");
        // At the limit the text is quoted whole.
        String whole = "听".repeat(CellForm.MAX_QUOTED);
        assertThatThrownBy(() -> table.read(text(whole))).hasMessage("“" + whole + "”应为“行名：数,数,…”");
    }

    @Test
    void aReportTableIsALinePerRowWithBlankCellsKeptApartFromZero() throws Exception {
        CellForm table =
                LedgerFormat.columns(EvidenceKind.REPORT_TABLES).stream()
                        .filter(c -> c.field().equals("applications"))
                        .findFirst()
                        .orElseThrow()
                        .form();
        assertThat(read(table, text("一：36,12,,0,5,1,60\n三（三）4: 6，0，0，0，1，0，7")))
                .isEqualTo("{\"一\":[36,12,null,0,5,1,60],\"三（三）4\":[6,0,0,0,1,0,7]}");
        java.util.Map<String, List<Integer>> rows = new java.util.LinkedHashMap<>();
        rows.put("一", java.util.Arrays.asList(36, null, 0));
        rows.put("二", List.of(1, 0, 1));
        assertThat(table.text(rows)).isEqualTo("一：36,,0\n二：1,0,1");
        assertThatThrownBy(() -> table.read(text("一 36,12"))).hasMessage("“一 36,12”应为“行名：数,数,…”");
        assertThatThrownBy(() -> table.read(text("一：36,十二"))).hasMessage("“一”行：值 “十二” 应为整数");
    }
}
