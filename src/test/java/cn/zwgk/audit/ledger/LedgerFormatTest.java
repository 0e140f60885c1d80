package cn.zwgk.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.facts.EvidenceKind;
import cn.zwgk.audit.facts.Label;
import cn.zwgk.audit.facts.Required;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The ledger form is the record types': nothing about a kind is listed twice. */
class LedgerFormatTest {

    @ParameterizedTest
    @EnumSource(EvidenceKind.class)
    void aKindsColumnsAreItsRecordComponentsInOrderWithTheirLabels(EvidenceKind kind) {
        RecordComponent[] components = kind.type().getRecordComponents();
        assertThat(LedgerFormat.columns(kind))
                .extracting(LedgerFormat.Column::field)
                .containsExactlyElementsOf(
                        Arrays.stream(components).map(RecordComponent::getName).toList());
        assertThat(LedgerFormat.columns(kind))
                .extracting(LedgerFormat.Column::label)
                .containsExactlyElementsOf(
                        Arrays.stream(components)
                                .map(c -> c.getAnnotation(Label.class).value())
                                .toList());
        assertThat(LedgerFormat.columns(kind))
                .extracting(LedgerFormat.Column::required)
                .containsExactlyElementsOf(
                        Arrays.stream(components)
                                .map(c -> c.isAnnotationPresent(Required.class))
                                .toList());
        assertThat(LedgerFormat.kindOfSheet(kind.label())).contains(kind);
        assertThat(LedgerFormat.kindOfSheet(kind.fileName())).contains(kind);
    }

    @ParameterizedTest
    @CsvSource({
        "application.csv, APPLICATION",
        "application-2020.csv, APPLICATION",
        "依申请公开办理记录-上半年.csv, APPLICATION",
        "major-decision-1.csv, MAJOR_DECISION",
        "publicity-activity.csv, PUBLICITY_ACTIVITY"
    })
    void aCsvFilesKindIsItsNameUpToAnOptionalDash(String file, EvidenceKind kind) {
        assertThat(LedgerFormat.kindOfCsv(file)).contains(kind);
    }

    @Test
    void aCsvNamedForNoKindHasNone() {
        assertThat(LedgerFormat.kindOfCsv("applications.csv")).isEqualTo(Optional.empty());
        assertThat(LedgerFormat.kindOfCsv("台账.csv")).isEmpty();
        assertThat(LedgerFormat.kindOfCsv("2020-application.csv")).isEmpty();
    }
}
