package cn.zwgk.audit.ruletest;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of one rule case: passed, or the differences between expected and actual, with the
 * explanation the rules gave so an auditor sees why.
 *
 * @param file the case file's name
 * @param task the task tested
 * @param name the case's name
 * @param differences one line per mismatch; empty when the case passed
 * @param explanation the task's actual 说明
 */
public record CaseResult(
        String file, int task, String name, List<String> differences, String explanation) {
    public boolean passed() {
        return differences.isEmpty();
    }

    /**
     * How {@code zwgk test} shows the case: one line, and for a failure each difference and the
     * explanation the rules gave.
     */
    public List<String> lines() {
        if (passed()) {
            return List.of("通过  " + file + " › " + name);
        }
        List<String> lines = new ArrayList<>();
        lines.add("失败  " + file + " › " + name);
        differences.forEach(d -> lines.add("        " + d));
        lines.add("        说明：" + explanation);
        return lines;
    }

    /** The closing line CI logs are read for: {@code N passed, N failed}. */
    public static String totals(List<CaseResult> results) {
        long passed = results.stream().filter(CaseResult::passed).count();
        return passed + " passed, " + (results.size() - passed) + " failed";
    }
}
