package cn.zwgk.audit.facts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Chinese name of a record component, as ledger column headers, the template's 说明 sheet and
 * problems in ledgers show it. Every component of every evidence kind has one, unique within its
 * kind.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Label {
    String value();
}
