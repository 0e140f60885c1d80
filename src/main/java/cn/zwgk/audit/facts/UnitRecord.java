package cn.zwgk.audit.facts;

import java.util.List;

/** Evidence that belongs to exactly one unit, named by its {@code unit} field. */
public interface UnitRecord extends Evidence {

    String unit();

    @Override
    default List<String> units() {
        return List.of(unit());
    }
}
