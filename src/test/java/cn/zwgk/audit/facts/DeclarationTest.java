package cn.zwgk.audit.facts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.evidence.AsOfView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A declaration speaks for its unit (or the whole bureau) about a period that is over. */
class DeclarationTest {
    private static final LocalDate JAN_1 = LocalDate.of(2020, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2020, 12, 31);

    private static Declaration declaration(String unit, LocalDate signedOn) {
        return new Declaration(
                "DC-1", 16, unit, JAN_1, DEC_31, "2020年本单位未发生重大突发事件", "局长 张某", signedOn);
    }

    @Test
    void itCoversItsUnitOrEveryUnitForTheWholeOfItsPeriodOnly() {
        Declaration ownUnit = declaration("办公室", LocalDate.of(2021, 1, 5));
        assertThat(ownUnit.covers("办公室", JAN_1, DEC_31)).isTrue();
        assertThat(ownUnit.covers("法制科", JAN_1, DEC_31)).isFalse();
        assertThat(ownUnit.covers("办公室", JAN_1, LocalDate.of(2021, 1, 1)))
                .as("a day past its period")
                .isFalse();
        assertThat(declaration(null, LocalDate.of(2021, 1, 5)).covers("法制科", JAN_1, DEC_31))
                .as("a bureau-wide declaration speaks for every unit")
                .isTrue();
    }

    @Test
    void signedBeforeItsPeriodEndsIsAProblemAndOnTheLastDayIsNot() {
        assertThat(declaration("办公室", LocalDate.of(2020, 12, 30)).selfCheck())
                .extracting(Evidence.FieldProblem::field)
                .containsExactly("signedOn");
        assertThat(declaration("办公室", DEC_31).selfCheck()).isEmpty();
    }

    @Test
    void beforeItsPeriodIsOverItDoesNotExistYet() {
        List<Evidence> records = List.of(declaration("办公室", DEC_31));
        assertThat(AsOfView.of(records, LocalDate.of(2020, 12, 30))).isEmpty();
        assertThat(AsOfView.of(records, DEC_31)).hasSize(1);
    }
}
