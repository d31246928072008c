package io.tepai.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.RuleViolationException;
import io.tepai.core.evaluation.ExcellentCap.Candidate;
import io.tepai.core.evaluation.ExcellentCap.Capped;
import io.tepai.spi.evaluation.Grade;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-EVAL-3 on its own: excellent is at most 15% of the subjects of a round, rounded down. */
class ExcellentCapTest {

    private static final ExcellentCap FIFTEEN = new ExcellentCap(ExcellentCap.MAX_SHARE);

    private static List<Candidate> computedExcellent(int n) {
        return new ArrayList<>(Collections.nCopies(n, new Candidate(Grade.EXCELLENT, null)));
    }

    private static long excellent(List<Capped> capped) {
        return capped.stream().filter(c -> c.grade() == Grade.EXCELLENT).count();
    }

    @Test
    void R_EVAL_3_theQuotaIsFifteenPercentRoundedDown() {
        assertEquals(0, FIFTEEN.quota(6));
        assertEquals(1, FIFTEEN.quota(7));
        assertEquals(1, FIFTEEN.quota(13));
        assertEquals(3, FIFTEEN.quota(20));
        assertEquals(15, FIFTEEN.quota(100));
        assertEquals(1, new ExcellentCap(new BigDecimal("0.10")).quota(19), "a lower share may be set");
    }

    @Test
    void R_EVAL_3_aShareAboveFifteenPercentIsNoCap() {
        assertThrows(IllegalArgumentException.class, () -> new ExcellentCap(new BigDecimal("0.16")));
        assertThrows(IllegalArgumentException.class, () -> new ExcellentCap(new BigDecimal("-0.01")));
    }

    @Test
    void R_EVAL_3_computedExcellentsBeyondTheQuotaBecomeGoodInRankOrderWithANote() {
        List<Capped> capped = FIFTEEN.apply(computedExcellent(20));

        assertEquals(3, excellent(capped));
        assertEquals(List.of(Grade.EXCELLENT, Grade.EXCELLENT, Grade.EXCELLENT, Grade.GOOD),
                capped.subList(0, 4).stream().map(Capped::grade).toList(), "the best ranked keep the places");
        assertEquals("", capped.get(2).note());
        assertEquals("R-EVAL-3: 优秀 is at most 15% of the 20 subjects (3); ranked 4, moved down to 良好",
                capped.get(3).note());
    }

    @Test
    void R_EVAL_3_gradesBelowExcellentAreNeverMoved() {
        List<Candidate> ranked = List.of(new Candidate(Grade.GOOD, null), new Candidate(Grade.PASS, null),
                new Candidate(Grade.FAIL, null));

        assertEquals(List.of(new Capped(Grade.GOOD, ""), new Capped(Grade.PASS, ""), new Capped(Grade.FAIL, "")),
                FIFTEEN.apply(ranked));
    }

    @Test
    void R_EVAL_3_anExcellentSetByHandTakesAPlaceBeforeTheComputedOnes() {
        List<Candidate> ranked = computedExcellent(7);
        ranked.set(6, new Candidate(Grade.GOOD, Grade.EXCELLENT));

        List<Capped> capped = FIFTEEN.apply(ranked);

        assertEquals(new Capped(Grade.EXCELLENT, ""), capped.get(6), "the hand-set grade stands");
        assertEquals(1, excellent(capped), "seven subjects: one place, the adjustment's");
        assertTrue(capped.get(0).note().contains("ranked 1"), capped.get(0).note());
    }

    @Test
    void R_EVAL_3_aGradeSetByHandBelowExcellentStandsWithoutANote() {
        List<Candidate> ranked = computedExcellent(7);
        ranked.set(0, new Candidate(Grade.EXCELLENT, Grade.PASS));

        List<Capped> capped = FIFTEEN.apply(ranked);

        assertEquals(new Capped(Grade.PASS, ""), capped.get(0));
        assertEquals(new Capped(Grade.EXCELLENT, ""), capped.get(1), "the place goes to the next computed one");
    }

    @Test
    void R_EVAL_3_anExcellentByHandNeedsAFreePlace() {
        assertDoesNotThrow(() -> ExcellentCap.requirePlaceForHandSet(1, 8, 0));
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> ExcellentCap.requirePlaceForHandSet(1, 8, 1));

        assertEquals("R-EVAL-3", e.ruleId());
        assertTrue(e.getMessage().contains("at most 1 of the 8 subjects"), e.getMessage());
    }

    @Test
    void R_EVAL_3_aRoundOverItsQuotaDoesNotLeaveTheEvaluator() {
        assertDoesNotThrow(() -> ExcellentCap.requireWithin(3, 20, 3));
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> ExcellentCap.requireWithin(3, 20, 4));

        assertEquals("R-EVAL-3", e.ruleId());
        assertTrue(e.getMessage().contains("4 subjects are excellent, but at most 3 of 20"), e.getMessage());
    }
}
