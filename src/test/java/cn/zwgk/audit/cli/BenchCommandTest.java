package cn.zwgk.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zwgk bench} option handling; the measurements themselves are not a unit test. */
class BenchCommandTest {
    @TempDir Path temp;

    @Test
    void aSizeBelowTheTemplateIsABadOption() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit =
                Main.run(
                        new PrintWriter(out, true),
                        new PrintWriter(err, true),
                        "bench",
                        "--sizes",
                        "10",
                        "--work",
                        temp.toString());
        assertThat(exit).isEqualTo(ExitCode.BAD_OPTIONS.code);
        assertThat(err.toString()).contains("记录数至少为模板的 961 条");
    }

    @Test
    void isListedInTheHelp() {
        StringWriter out = new StringWriter();
        int exit =
                Main.run(
                        new PrintWriter(out, true),
                        new PrintWriter(new StringWriter(), true),
                        "--help");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("bench");
    }
}
