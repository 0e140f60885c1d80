package cn.zwgk.audit.facts;

/**
 * A record that names a task of the catalog, and optionally one of its units: it must name a task
 * the catalog has and, when it names a unit, a unit responsible for that task (checked when the
 * catalog is known, before the audit).
 */
public interface NamesTask extends Evidence {

    /** The task it is about. */
    Integer task();

    /** The unit whose part of the task it is about, or null for the task as a whole. */
    String unit();
}
