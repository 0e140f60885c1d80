package cn.zwgk.audit.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The {@code --as-of} option, shared by every command that audits. */
final class AsOfOption {
    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "审计日期 YYYY-MM-DD；默认为审计年度的 12 月 31 日。")
    LocalDate asOf;

    /** The audit date, or null for 31 December of the profile's audit year. */
    LocalDate date() {
        return asOf;
    }
}
