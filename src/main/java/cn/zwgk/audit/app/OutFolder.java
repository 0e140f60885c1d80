package cn.zwgk.audit.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where reports may go: never into a folder the next run reads as input, where they would be
 * refused as evidence.
 */
final class OutFolder {
    private OutFolder() {}

    /**
     * Refuses {@code out} inside {@code input}.
     *
     * @param what the input folder as the user knows it ({@code 证据目录}, {@code 批量目录})
     * @param because what the next run would make of reports there
     */
    static void outside(Path out, Path input, String what, String because) throws BadRequest {
        if (inside(out, input)) {
            throw new BadRequest(
                    "--out "
                            + out
                            + " 在"
                            + what
                            + " "
                            + input
                            + " 之内：报告会被下次运行"
                            + because
                            + "，请换一个输出目录");
        }
    }

    /**
     * Whether {@code folder} is {@code parent} or below it, links resolved as far as they exist
     * (the output folder may not exist yet).
     */
    static boolean inside(Path folder, Path parent) {
        return resolved(folder).startsWith(resolved(parent));
    }

    private static Path resolved(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        for (Path p = absolute; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                try {
                    return p.toRealPath().resolve(p.relativize(absolute));
                } catch (IOException e) {
                    return absolute;
                }
            }
        }
        return absolute;
    }
}
