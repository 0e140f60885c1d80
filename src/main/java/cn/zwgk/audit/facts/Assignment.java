package cn.zwgk.audit.facts;

/**
 * A unit responsible for a task in this audit: from the task table's 责任单位 and the profile's units.
 * Rules that judge a task per unit join on these facts.
 */
public record Assignment(int task, String unit) {}
