package cn.zwgk.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A missing program skips a test with its name, except under CI=true, where it fails it. */
class ExternalProgramTest {
    @Test
    void aMissingProgramSkipsWithItsNameOrFailsUnderCi() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        assertThatThrownBy(
                        () ->
                                ExternalProgram.require(
                                        "zwgk-no-such-program", "zwgk-no-such-package"))
                .isInstanceOf(ci ? AssertionError.class : TestAbortedException.class)
                .hasMessageContaining(
                        "'zwgk-no-such-program' is not on PATH (Debian package"
                                + " zwgk-no-such-package)");
    }

    @Test
    void aProgramOnThePathIsFound() {
        assertThat(ExternalProgram.require("sh", "dash")).isExecutable();
    }
}
