package cn.zwgk.audit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who a task is judged for, read from its 责任单位. */
class CatalogTaskTest {

    private static CatalogTask withResponsible(String responsibleUnits) {
        return new CatalogTask(1, "任务", "法制科", responsibleUnits, "", new Deadline.InYear());
    }

    @Test
    void everyUnitWhenTheTableSaysSo() {
        CatalogTask task = withResponsible("各单位、各科室");

        assertThat(task.allUnits()).isTrue();
        assertThat(task.namedResponsibleUnits()).isEmpty();
    }

    @Test
    void namedUnitsOtherwise() {
        assertThat(withResponsible("劳动保障监察大队").allUnits()).isFalse();
        assertThat(withResponsible("劳动保障监察大队").namedResponsibleUnits()).containsExactly("劳动保障监察大队");
        assertThat(withResponsible("办公室、法制科、社管科").namedResponsibleUnits())
                .containsExactly("办公室", "法制科", "社管科");
    }

    @Test
    void aCatalogRefusesTwoTasksWithOneNumber() {
        List<CatalogTask> twice = List.of(withResponsible("办公室"), withResponsible("法制科"));

        assertThatThrownBy(() -> new Catalog("表", 2020, twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1");
    }
}
