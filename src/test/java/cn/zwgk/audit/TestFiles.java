package cn.zwgk.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** File helpers shared by tests. */
public final class TestFiles {
    private TestFiles() {}

    /**
     * Writes {@code t20.drl}: one empty rule of task 20 with this name, in its own package. Returns
     * the file.
     */
    public static Path twentiethTaskRule(Path rules, String ruleName) throws IOException {
        return Files.writeString(
                rules.resolve("t20.drl"),
                "package t\nrule \"" + ruleName + "\"\n  @task(20)\nwhen\nthen\nend\n");
    }

    /**
     * Copies everything below the folder {@code from} into {@code to}, which may already exist;
     * returns {@code to}.
     */
    public static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }
}
