package cn.zwgk.audit.cli;

import cn.zwgk.audit.report.AuditReport;
import cn.zwgk.audit.report.AuditReport.TaskResult;
import cn.zwgk.audit.verdict.State;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** The one-screen summary {@code zwgk audit} prints: counts per state, then the failing tasks. */
final class Summary {
    /** Explanations are cut here so each failing task stays on about one line. */
    static final int EXPLANATION_WIDTH = 70;

    private Summary() {}

    static void print(AuditReport report, PrintWriter out) {
        out.println(
                report.organisation()
                        + " "
                        + report.auditYear()
                        + " 年政务公开工作任务自查（截至 "
                        + report.asOf()
                        + "）");
        out.println(
                "任务 "
                        + report.summary().tasks()
                        + " 项："
                        + report.summary().counts().entrySet().stream()
                                .map(e -> e.getKey().label() + " " + e.getValue())
                                .collect(Collectors.joining("，")));
        if (report.summary().failingTasks().isEmpty()) {
            out.println("没有未完成的任务。");
        } else {
            out.println("未完成的任务：");
            for (TaskResult t : report.tasks()) {
                if (t.state() == State.FAIL) {
                    out.printf("  %2d. %s%n", t.number(), shorten(t.explanation()));
                }
            }
        }
    }

    private static String shorten(String s) {
        return s.codePointCount(0, s.length()) <= EXPLANATION_WIDTH
                ? s
                : s.substring(0, s.offsetByCodePoints(0, EXPLANATION_WIDTH)) + "…";
    }
}
