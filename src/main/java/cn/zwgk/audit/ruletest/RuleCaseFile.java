package cn.zwgk.audit.ruletest;

import java.nio.file.Path;
import java.util.List;

/**
 * The cases for one task, in one file beside the rules.
 *
 * @param file where the cases were read from
 * @param task the task they test
 * @param cases the cases
 */
public record RuleCaseFile(Path file, int task, List<RuleCase> cases) {}
