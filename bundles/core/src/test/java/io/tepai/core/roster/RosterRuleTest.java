package io.tepai.core.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.evaluation.Renewal;
import io.tepai.api.roster.RosterOutcome;
import io.tepai.api.roster.Wish;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterRuleTest {

    private static RosterOutcome outcome(Renewal proposal, Wish wish, List<String> keep, List<String> release) {
        return RosterRule.decide(proposal, 2026, wish, keep, release).outcome();
    }

    @Test
    void R_EVAL_4_R_REC_4_excellentAndGoodGetPriorityPassIsReviewedFailLeaves() {
        assertEquals(RosterOutcome.PRIORITY_RENEWAL, outcome(Renewal.PRIORITY_RENEWAL, null, List.of(), List.of()));
        assertEquals(RosterOutcome.RENEWAL_BY_REVIEW, outcome(Renewal.BY_REVIEW, null, List.of(), List.of()));
        assertEquals(RosterOutcome.EXIT, outcome(Renewal.EXIT, null, List.of(), List.of()));
        assertEquals(RosterOutcome.RENEWAL_BY_REVIEW, outcome(null, null, List.of(), List.of()),
                "not evaluated in a published round: the city reviews");
    }

    @Test
    void R_REC_4_aSpecialistWhoWishesToLeaveLeavesWhateverTheGrade() {
        assertEquals(RosterOutcome.EXIT, outcome(Renewal.PRIORITY_RENEWAL, Wish.LEAVE, List.of("wuzhi"), List.of()));
        assertEquals(RosterOutcome.PRIORITY_RENEWAL, outcome(Renewal.PRIORITY_RENEWAL, Wish.STAY, List.of(),
                List.of()));
    }

    @Test
    void R_REC_4_theCountiesNeedsWeighOnRenewalButDoNotOverturnAFail() {
        assertEquals(RosterOutcome.RENEWAL_BY_REVIEW, outcome(Renewal.PRIORITY_RENEWAL, null, List.of(),
                List.of("xiuwu")), "good, but a county releases them: reviewed");
        assertEquals(RosterOutcome.EXIT, outcome(Renewal.BY_REVIEW, null, List.of(), List.of("xiuwu")),
                "passed and released by every county that asked");
        assertEquals(RosterOutcome.RENEWAL_BY_REVIEW, outcome(Renewal.BY_REVIEW, null, List.of("wuzhi"),
                List.of("xiuwu")), "one county still needs them");
        assertEquals(RosterOutcome.EXIT, outcome(Renewal.EXIT, Wish.STAY, List.of("wuzhi"), List.of()),
                "failed ones leave; the city office may adjust the entry");
    }

    @Test
    void R_REC_4_everyInputThatCountedIsGivenAsAReason() {
        List<String> reasons = RosterRule.decide(Renewal.PRIORITY_RENEWAL, 2026, Wish.STAY, List.of("wuzhi"),
                List.of("xiuwu")).reasons();

        assertEquals(List.of("R-EVAL-4: the published evaluation of 2026 proposes PRIORITY_RENEWAL",
                "the specialist wishes to stay", "asked to keep by wuzhi", "asked to release by xiuwu",
                "R-REC-4: excellent or good, but a county no longer needs them: renewal is reviewed"), reasons);
        assertTrue(RosterRule.decide(null, 2026, null, List.of(), List.of()).reasons().get(0)
                .startsWith("no published evaluation of 2026"));
    }

    @Test
    void R_REC_4_ofSeveralCountiesProposalsTheMostCautiousCounts() {
        assertEquals(Renewal.EXIT, RosterRule.cautious(List.of(Renewal.PRIORITY_RENEWAL, Renewal.EXIT)));
        assertEquals(Renewal.BY_REVIEW, RosterRule.cautious(List.of(Renewal.BY_REVIEW, Renewal.PRIORITY_RENEWAL)));
        assertNull(RosterRule.cautious(List.of()));
    }
}
