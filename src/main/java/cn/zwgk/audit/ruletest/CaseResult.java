package cn.zwgk.audit.ruletest;

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
}
