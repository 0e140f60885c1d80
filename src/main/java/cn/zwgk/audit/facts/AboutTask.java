package cn.zwgk.audit.facts;

/**
 * A record about the result of a task of the catalog rather than evidence of doing it: a waiver, a
 * rectification. The rules never see it; it must name a task of the catalog and, when it names a
 * unit, a unit responsible for that task.
 */
public interface AboutTask extends Evidence {

    /** The task it is about. */
    Integer task();

    /** The unit whose part of the task it is about, or null for the task as a whole. */
    String unit();
}
