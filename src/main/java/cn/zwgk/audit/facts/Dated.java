package cn.zwgk.audit.facts;

import java.time.LocalDate;

/**
 * A record placed in time by one date (when it was published, held or made), so a 说明 can list
 * records with their dates whatever the kind.
 */
public interface Dated extends Evidence {

    /** The date that places this record in time. */
    LocalDate date();
}
