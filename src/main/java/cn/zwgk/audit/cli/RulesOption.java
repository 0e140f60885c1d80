package cn.zwgk.audit.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --rules} option, shared by every command that reads the rules folder. */
final class RulesOption {
    @Option(
            names = "--rules",
            paramLabel = "DIR",
            description = "规则目录（.drl 与 catalog.json）；默认为 rules。")
    Path rules;

    Path folder() {
        return rules != null ? rules : Main.home("rules");
    }
}
