package cn.zwgk.audit.facts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component holding a table copied from a document that may leave cells blank (not
 * given, which is not 0), so its arrays may hold null; everywhere else the loader rejects null
 * elements as a slip.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface BlankCells {}
