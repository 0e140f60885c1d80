package cn.zwgk.audit.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What task 6 reads from one case file: the stages a replied case lacks, and those out of order.
 */
class ApplicationStagesTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2020, 3, 2);

    @Test
    void aCaseNotYetRepliedLacksNothing() {
        Application open = application(null, null, null, null, null);
        assertThat(open.missingStages(true)).isEmpty();
    }

    @Test
    void aRepliedCaseLacksItsUndatedStagesAndArchivingOnlyOnceTheTaskIsDue() {
        Application replied = application(MARCH_2, null, MARCH_2, MARCH_2.plusDays(5), null);
        assertThat(replied.missingStages(false)).containsExactly("审核");
        assertThat(replied.missingStages(true)).containsExactly("审核", "归档");
    }

    @Test
    void aStageIsComparedWithTheLastDatedStageBeforeIt() {
        // 审核 is blank, so 办理 is compared with 登记; 答复 then with 办理.
        Application c =
                application(
                        MARCH_2.plusDays(3), null, MARCH_2.plusDays(1), MARCH_2.plusDays(4), null);
        assertThat(c.inversions())
                .extracting(i -> i.stage().name() + "<" + i.previous().name())
                .containsExactly("办理<登记");
    }

    @Test
    void stagesInOrderOrOnTheSameDayAreNotInverted() {
        Application c = application(MARCH_2, MARCH_2, MARCH_2, MARCH_2, MARCH_2);
        assertThat(c.inversions()).isEmpty();
        assertThat(c.missingStages(true)).isEmpty();
    }

    private static Application application(
            LocalDate registered,
            LocalDate reviewed,
            LocalDate handled,
            LocalDate replied,
            LocalDate archived) {
        return TestRecords.of(
                Application.class,
                "id",
                "A-1",
                "unit",
                "办公室",
                "receivedOn",
                MARCH_2,
                "registeredOn",
                registered,
                "reviewedOn",
                reviewed,
                "handledOn",
                handled,
                "repliedOn",
                replied,
                "archivedOn",
                archived);
    }
}
