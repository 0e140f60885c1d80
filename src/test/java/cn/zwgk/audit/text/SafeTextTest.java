package cn.zwgk.audit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text-safety layer on the inputs that broke outputs before it existed. */
class SafeTextTest {

    @Test
    void controlsLoneSurrogatesAndEscapesBecomeTheReplacementCharacter() {
        assertThat(SafeText.clean("某局\u0001\u001b[31m\uD800\uDC00x\uDC00\uFFFF"))
                .isEqualTo("某局\uFFFD\uFFFD[31m\uD800\uDC00x\uFFFD\uFFFD");
    }

    @Test
    void carriageReturnsAreLineEnds() {
        assertThat(SafeText.clean("a\r\nb\rc\td")).isEqualTo("a\nb\nc\td");
        assertThat(SafeText.markdown("说明\r# 标题\n- 项")).isEqualTo("说明 \\# 标题 - 项");
    }

    @Test
    void csvNeutralisesFormulasButKeepsNumbersAndNeverSplitsARecord() {
        assertThat(SafeText.csv("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(SafeText.csv("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeText.csv("-5")).isEqualTo("-5");
        assertThat(SafeText.csv("a\rb")).isEqualTo("\"a\nb\"");
    }

    @Test
    void htmlEscapesMarkupAfterCleaning() {
        assertThat(SafeText.html("<a href='javascript:x'>\u0007"))
                .isEqualTo("&lt;a href=&#39;javascript:x&#39;&gt;\uFFFD");
    }

    @Test
    void cuttingAtTheCellLimitNeverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDE00";
        int max = SafeText.MAX_CELL_CHARS - SafeText.CUT_NOTE.length();
        String text = "a".repeat(max - 1) + emoji + "b".repeat(100);
        String cut = SafeText.officeCell(text);
        assertThat(cut)
                .hasSizeLessThanOrEqualTo(SafeText.MAX_CELL_CHARS)
                .endsWith(SafeText.CUT_NOTE);
        assertThat(cut.chars().filter(c -> Character.isSurrogate((char) c)).count()).isZero();
        assertThat(SafeText.clean(cut)).isEqualTo(cut);
    }

    @Test
    void terminalTextIsCutWithItsLength() {
        assertThat(SafeText.terminal("x".repeat(5_000), 100))
                .hasSize(100)
                .endsWith("（共 5000 字，已截断）");
    }

    @Test
    void theFormulaMarkComesOffExactlyAsItWentOn() {
        for (String text :
                new String[] {
                    "=1+1", "+86", "-x", "@A1", "\t=x", "'=x", "''-x", "'plain", "'", "-5", "普通"
                }) {
            assertThat(SafeText.unmarked(SafeText.marked(text))).as(text).isEqualTo(text);
        }
        assertThat(SafeText.marked("'=x")).isEqualTo("''=x");
        assertThat(SafeText.marked("'plain")).isEqualTo("'plain");
        assertThat(SafeText.unmarked("'普通"))
                .as("an apostrophe before ordinary text stays")
                .isEqualTo("'普通");
    }

    @Test
    void unwritableCharactersAreFoundTabsLineEndsAndPairsAreNot() {
        assertThat(SafeText.firstUnwritable("a\tb\r\nc😀")).isEqualTo(-1);
        assertThat(SafeText.firstUnwritable("ab\u0001")).isEqualTo(2);
        assertThat(SafeText.firstUnwritable("a\uD800b")).isEqualTo(1);
        assertThat(SafeText.firstUnwritable("\uFFFF")).isZero();
        assertThat(SafeText.firstUnwritable("\u0085")).as("C1 control").isZero();
    }

    @Test
    void excelsOwnEscapeIsEscapedInAStringCell() {
        assertThat(SafeText.spreadsheetString("a_x0041_b _x_ _x12_"))
                .isEqualTo("a_x005F_x0041_b _x_ _x12_");
    }
}
