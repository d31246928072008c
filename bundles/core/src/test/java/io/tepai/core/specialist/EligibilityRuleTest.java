package io.tepai.core.specialist;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.FieldError;
import io.tepai.api.RuleViolationException;
import io.tepai.core.testing.FakeTier;
import io.tepai.spi.tier.CandidateProfile;
import io.tepai.spi.tier.Degree;
import io.tepai.spi.tier.SpecialistTier;
import io.tepai.spi.tier.TitleLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EligibilityRuleTest {

    private static final String TITLE_PROBLEM =
            "needs an intermediate professional title (中级职称) or above, or a master's degree";
    private static final String EXPERIENCE_PROBLEM = "needs recorded service experience";

    private static CandidateProfile candidate(TitleLevel title, Degree degree, boolean experience) {
        return new CandidateProfile("hpu", title, degree, experience);
    }

    /** A tier with its own eligibility problems. */
    private static SpecialistTier tierWithProblems(String... problems) {
        return new FakeTier("hpu-own") {
            @Override
            public List<String> eligibilityProblems(CandidateProfile candidate) {
                return Arrays.asList(problems);
            }
        };
    }

    @ParameterizedTest
    @EnumSource(value = TitleLevel.class, names = {"INTERMEDIATE", "ASSOCIATE_SENIOR", "SENIOR"})
    void R_ELIG_1_intermediateTitleOrAboveWithExperienceIsEligible(TitleLevel title) {
        assertEquals(List.of(), EligibilityRule.problems(candidate(title, Degree.NONE, true), null));
    }

    @ParameterizedTest
    @EnumSource(value = Degree.class, names = {"MASTER", "DOCTORATE"})
    void R_ELIG_1_mastersDegreeOrAboveWithExperienceIsEligibleWithoutTitle(Degree degree) {
        assertEquals(List.of(), EligibilityRule.problems(candidate(TitleLevel.NONE, degree, true), null));
    }

    @ParameterizedTest
    @EnumSource(value = TitleLevel.class, names = {"NONE", "JUNIOR"})
    void R_ELIG_1_titleBelowIntermediateWithoutMastersIsAProblem(TitleLevel title) {
        assertEquals(List.of(TITLE_PROBLEM), EligibilityRule.problems(candidate(title, Degree.BACHELOR, true), null));
    }

    @Test
    void R_ELIG_1_intermediateTitleWithoutServiceExperienceIsAProblem() {
        assertEquals(List.of(EXPERIENCE_PROBLEM),
                EligibilityRule.problems(candidate(TitleLevel.SENIOR, Degree.DOCTORATE, false), null));
    }

    @Test
    void R_ELIG_1_bothShortfallsAreReported() {
        assertEquals(List.of(TITLE_PROBLEM, EXPERIENCE_PROBLEM),
                EligibilityRule.problems(candidate(TitleLevel.JUNIOR, Degree.NONE, false), null));
    }

    @Test
    void R_ELIG_1_eligibleCandidatePassesTheCheck() {
        assertDoesNotThrow(() -> EligibilityRule.check(candidate(TitleLevel.INTERMEDIATE, Degree.BACHELOR, true),
                null, null, null));
    }

    @Test
    void R_ELIG_1_juniorWithBachelorIsRejectedWithoutException() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> EligibilityRule.check(candidate(TitleLevel.JUNIOR, Degree.BACHELOR, true), null, "", null));

        assertEquals("R-ELIG-1", e.ruleId());
        assertEquals(List.of(new FieldError("eligibilityException", TITLE_PROBLEM)), e.errors());
        assertTrue(e.getMessage().startsWith("R-ELIG-1: "), e.getMessage());
        assertTrue(e.getMessage().contains("eligibilityException"), "the message tells how to admit an exception");
    }

    @Test
    void R_ELIG_1_rejectionListsEveryProblemAsAnError() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> EligibilityRule.check(candidate(TitleLevel.NONE, Degree.NONE, false), null, null, null));

        assertEquals(List.of(new FieldError("eligibilityException", TITLE_PROBLEM),
                new FieldError("eligibilityException", EXPERIENCE_PROBLEM)), e.errors());
        assertTrue(e.getMessage().contains(TITLE_PROBLEM) && e.getMessage().contains(EXPERIENCE_PROBLEM));
    }

    @Test
    void R_ELIG_1_recordedExceptionReasonAdmitsAnIneligibleCandidate() {
        assertDoesNotThrow(() -> EligibilityRule.check(candidate(TitleLevel.NONE, Degree.NONE, false), null,
                "农村电商直播带货实践突出，经单位推荐破格选派", null));
    }

    @Test
    void R_ELIG_1_blankExceptionReasonDoesNotCount() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> EligibilityRule.check(candidate(TitleLevel.JUNIOR, Degree.BACHELOR, true), null, "  \t ", null));

        assertEquals("R-ELIG-1", e.ruleId());
    }

    @Test
    void R_ELIG_1_anExceptionCoversTheProblemsItWasRecordedForAndNewProblemsNeedANewReason() {
        String reason = "农村电商直播带货实践突出，经单位推荐破格选派";
        Set<String> covers = EligibilityRule.check(candidate(TitleLevel.JUNIOR, Degree.BACHELOR, true), null, reason,
                null);
        EligibilityRule.Recorded recorded = new EligibilityRule.Recorded(reason, covers);

        assertEquals(Set.of(TITLE_PROBLEM), covers);
        assertEquals(covers, EligibilityRule.check(candidate(TitleLevel.NONE, Degree.BACHELOR, true), null, reason,
                recorded), "the same shortfall stays covered");
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> EligibilityRule.check(
                candidate(TitleLevel.JUNIOR, Degree.BACHELOR, false), null, reason, recorded));
        assertEquals("R-ELIG-1", e.ruleId());
        assertEquals(List.of(new FieldError("eligibilityException", EXPERIENCE_PROBLEM)), e.errors(),
                "only the new shortfall is named");
        assertEquals(Set.of(TITLE_PROBLEM, EXPERIENCE_PROBLEM), EligibilityRule.check(
                candidate(TitleLevel.JUNIOR, Degree.BACHELOR, false), null, reason + "；另补服务经历证明", recorded),
                "a new reason covers today's shortfalls");
        assertEquals(Set.of(), EligibilityRule.check(candidate(TitleLevel.SENIOR, Degree.BACHELOR, true), null,
                reason, recorded), "an eligible specialist needs no exception");
    }

    @Test
    void R_ELIG_1_tierProblemsAreAddedAfterTheProgrammeWideOnes() {
        List<String> problems = EligibilityRule.problems(candidate(TitleLevel.JUNIOR, Degree.BACHELOR, true),
                tierWithProblems("must belong to 河南理工大学"));

        assertEquals(List.of(TITLE_PROBLEM, "must belong to 河南理工大学"), problems);
    }

    @Test
    void R_TIER_1_aTierProblemAloneMakesAnOtherwiseEligibleCandidateIneligibleUnderTheTiersRule() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> EligibilityRule.check(candidate(TitleLevel.SENIOR, Degree.DOCTORATE, true),
                        tierWithProblems("must belong to 河南理工大学", "needs two years in the unit"), null, null));

        assertEquals("R-TIER-1", e.ruleId(), "a tier's own condition is R-TIER-1 (issue 19)");
        assertEquals(List.of(new FieldError("eligibilityException", "must belong to 河南理工大学"),
                new FieldError("eligibilityException", "needs two years in the unit")), e.errors());
    }

    @Test
    void R_ELIG_1_exceptionReasonAlsoOverridesTierProblems() {
        assertDoesNotThrow(() -> EligibilityRule.check(candidate(TitleLevel.SENIOR, Degree.DOCTORATE, true),
                tierWithProblems("must belong to 河南理工大学"), "经派出单位同意", null));
    }

    @Test
    void R_ELIG_1_nullAndBlankTierProblemsAreIgnored() {
        List<String> problems = EligibilityRule.problems(candidate(TitleLevel.SENIOR, Degree.NONE, true),
                tierWithProblems(null, " ", "", "real problem"));

        assertEquals(List.of("real problem"), problems);
    }

    @Test
    void R_ELIG_1_aTierReturningNullHasNoProblems() {
        SpecialistTier tier = new FakeTier("lazy") {
            @Override
            public List<String> eligibilityProblems(CandidateProfile candidate) {
                return null;
            }
        };

        assertEquals(List.of(), EligibilityRule.problems(candidate(TitleLevel.SENIOR, Degree.NONE, true), tier));
    }

    @Test
    void R_ELIG_1_aTierThatThrowsYieldsAProblemInsteadOfCrashing() {
        SpecialistTier broken = new FakeTier("broken") {
            @Override
            public List<String> eligibilityProblems(CandidateProfile candidate) {
                throw new IllegalStateException("plug-in bug");
            }
        };

        List<String> problems = EligibilityRule.problems(candidate(TitleLevel.SENIOR, Degree.NONE, true), broken);

        assertEquals(List.of("the eligibility check of tier 'broken' failed; ask the city office"), problems);
    }

    @Test
    void R_TIER_1_aTierThatThrowsMakesTheCheckFailAsARuleViolation() {
        SpecialistTier broken = new FakeTier("broken") {
            @Override
            public List<String> eligibilityProblems(CandidateProfile candidate) {
                throw new IllegalStateException("plug-in bug");
            }
        };

        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> EligibilityRule.check(candidate(TitleLevel.SENIOR, Degree.NONE, true), broken, null, null));
        assertEquals("R-TIER-1", e.ruleId());
    }

    @Test
    void R_ELIG_1_aProgrammeWideShortfallNamesR_ELIG_1EvenWithTierProblemsBesideIt() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> EligibilityRule.check(candidate(TitleLevel.JUNIOR, Degree.BACHELOR, true),
                        tierWithProblems("must belong to 河南理工大学"), null, null));

        assertEquals("R-ELIG-1", e.ruleId());
        assertEquals(2, e.errors().size(), "every problem is listed");
    }

    @Test
    void R_ELIG_1_theTierIsAskedAboutTheSameCandidate() {
        List<CandidateProfile> seen = new ArrayList<>();
        SpecialistTier spy = new FakeTier("spy") {
            @Override
            public List<String> eligibilityProblems(CandidateProfile candidate) {
                seen.add(candidate);
                return List.of();
            }
        };
        CandidateProfile candidate = new CandidateProfile("jzu", TitleLevel.SENIOR, Degree.MASTER, true);

        EligibilityRule.problems(candidate, spy);

        assertEquals(List.of(candidate), seen);
    }
}
