package cn.zwgk.audit.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A record placed in time by one date (when it was published, held or made), so a 说明 can list
 * records with their dates whatever the kind.
 */
public interface Dated extends Evidence {

    /** The date that places this record in time. */
    LocalDate date();

    /**
     * {@code record} placed by another of its dates, e.g. an interpretation by the day it was
     * approved rather than published; {@code date} may be absent (null).
     */
    static Dated of(Evidence record, LocalDate date) {
        return new Dated() {
            @Override
            public String id() {
                return record.id();
            }

            @Override
            public String named() {
                return record.named();
            }

            @Override
            public List<String> units() {
                return record.units();
            }

            @Override
            public LocalDate date() {
                return date;
            }
        };
    }
}
