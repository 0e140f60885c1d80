package cn.zwgk.audit.report;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A program a test runs (LibreOffice, Chromium, poppler). Missing on a developer's machine, the
 * test is skipped and says which program to install; missing where {@code CI=true}, the test fails,
 * because CI installs them and a skip there would hide a broken report.
 */
final class ExternalProgram {
    private ExternalProgram() {}

    /** The program's path on PATH, or the test is skipped (fails under CI). */
    static Path require(String name, String debianPackage) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        String reason = "'" + name + "' is not on PATH (Debian package " + debianPackage + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(reason + ", and CI=true: CI must install it (see .ci/run)");
        }
        Assumptions.abort("skipped: " + reason);
        throw new AssertionError("unreachable");
    }

    /**
     * How a run ended; output and errors are kept in files so a verbose program never blocks on a
     * full pipe.
     */
    record Result(int exit, String out, String err) {}

    /** Runs the program to its end, or fails the test after {@code timeoutSeconds}. */
    static Result run(Path workDir, long timeoutSeconds, List<String> command)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process process =
                new ProcessBuilder(command)
                        .directory(workDir.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail(
                    command.get(0)
                            + " did not finish in "
                            + timeoutSeconds
                            + " s:\n"
                            + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
