package cn.zwgk.audit.cli;

/** The documented process exit codes; scripts rely on them, so numbers never change meaning. */
public enum ExitCode {
    OK(0, "审计已完成（无论结果如何）；检查或用例全部通过"),
    CASES_FAILED(1, "有规则用例未通过"),
    BAD_OPTIONS(2, "命令行选项有误"),
    BAD_EVIDENCE(3, "证据或审计配置有误，未生成报告"),
    BAD_RULES(4, "规则或任务目录有误，未生成报告"),
    OUTPUT_ERROR(5, "报告无法写出"),
    OUT_OF_MEMORY(6, "内存不足或 Java 虚拟机出错，未生成报告"),
    INTERNAL_ERROR(70, "程序内部错误");

    public final int code;
    public final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }
}
