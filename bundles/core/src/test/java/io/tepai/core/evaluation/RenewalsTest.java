package io.tepai.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tepai.api.evaluation.Renewal;
import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.SubjectKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R-REC-4: the roster is adjusted by performance. */
class RenewalsTest {

    @Test
    void R_REC_4_excellentAndGoodComeFirstForRenewalFailedOnesLeave() {
        for (SubjectKind kind : new SubjectKind[] {SubjectKind.SPECIALIST, SubjectKind.TEAM}) {
            assertEquals(Optional.of(Renewal.PRIORITY_RENEWAL), Renewals.proposal(kind, Grade.EXCELLENT));
            assertEquals(Optional.of(Renewal.PRIORITY_RENEWAL), Renewals.proposal(kind, Grade.GOOD));
            assertEquals(Optional.of(Renewal.BY_REVIEW), Renewals.proposal(kind, Grade.PASS));
            assertEquals(Optional.of(Renewal.EXIT), Renewals.proposal(kind, Grade.FAIL));
        }
    }

    @Test
    void R_REC_4_countiesAndUnitsAreNotOnTheRoster() {
        for (Grade grade : Grade.values()) {
            assertEquals(Optional.empty(), Renewals.proposal(SubjectKind.COUNTY_WORK, grade));
            assertEquals(Optional.empty(), Renewals.proposal(SubjectKind.UNIT, grade));
        }
    }
}
