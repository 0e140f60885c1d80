package cn.zwgk.audit.facts;

/**
 * A record about the result of a task of the catalog rather than evidence of doing it: a waiver, a
 * rectification. The rules never see it.
 */
public interface AboutTask extends NamesTask {}
