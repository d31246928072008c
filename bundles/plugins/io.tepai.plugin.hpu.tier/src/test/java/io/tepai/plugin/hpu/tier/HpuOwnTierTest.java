package io.tepai.plugin.hpu.tier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.spi.tier.CandidateProfile;
import io.tepai.spi.tier.Degree;
import io.tepai.spi.tier.Evaluator;
import io.tepai.spi.tier.FundingSource;
import io.tepai.spi.tier.SupportLevel;
import io.tepai.spi.tier.TitleLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R-TIER-1: 河南理工大学's own tier, with its own threshold, funding, evaluator and eligibility. */
class HpuOwnTierTest {

    private final HpuOwnTier tier = new HpuOwnTier();

    @Test
    void idIsAValidTierId() {
        assertEquals("hpu-own", tier.id());
        assertTrue(tier.id().matches("[a-z0-9][a-z0-9-]{0,39}"));
    }

    @Test
    void theUniversityFundsAndEvaluatesItsOwnSpecialists() {
        assertEquals(SupportLevel.UNIT, tier.supportLevel());
        assertEquals(Evaluator.DISPATCHING_UNIT, tier.evaluator());
        assertEquals(FundingSource.UNIT, tier.annualFunding().source());
        assertEquals(new BigDecimal("10000.00"), tier.annualFunding().annualAmount());
    }

    @Test
    void r_svc_2_thresholdIsFortyFieldDaysOrFifteenServices() {
        assertEquals(new BigDecimal("40"), tier.annualServiceThreshold().minFieldDays());
        assertEquals(15, tier.annualServiceThreshold().minServices());
    }

    @Test
    void r_svc_2_etcTierConfigurationOverridesTheDefaultsAndABadValueKeepsThem() {
        tier.configure(Map.of("minFieldDays", "30", "annualFunding", "12000.50"));

        assertEquals(new BigDecimal("30"), tier.annualServiceThreshold().minFieldDays());
        assertEquals(15, tier.annualServiceThreshold().minServices());
        assertEquals(new BigDecimal("12000.50"), tier.annualFunding().annualAmount());
        assertEquals(FundingSource.UNIT, tier.annualFunding().source());

        tier.configure(Map.of("minServices", "many"));
        assertEquals(new BigDecimal("40"), tier.annualServiceThreshold().minFieldDays(), "back to the defaults");
        assertEquals(15, tier.annualServiceThreshold().minServices());
    }

    @Test
    void aHpuLecturerWithAnIntermediateTitleIsEligible() {
        assertEquals(List.of(), tier.eligibilityProblems(
                new CandidateProfile("hpu", TitleLevel.INTERMEDIATE, Degree.MASTER, true)));
    }

    @Test
    void staffOfAnotherUnitAreNot() {
        List<String> problems = tier.eligibilityProblems(
                new CandidateProfile("jzu", TitleLevel.SENIOR, Degree.DOCTORATE, true));

        assertEquals(List.of("河南理工大学本级科技特派员须为河南理工大学（hpu）在职人员，候选人的派出单位是 jzu"), problems);
    }

    @Test
    void aMastersDegreeWithoutATitleIsNotEnoughHere() {
        // R-ELIG-1 accepts a master's degree in place of a title; the university's own tier does not
        List<String> problems = tier.eligibilityProblems(
                new CandidateProfile("hpu", TitleLevel.JUNIOR, Degree.MASTER, true));

        assertEquals(List.of("河南理工大学本级科技特派员须具有中级及以上职称"), problems);
    }

    @Test
    void everyProblemIsListed() {
        assertEquals(2, tier.eligibilityProblems(new CandidateProfile("henau", TitleLevel.NONE, Degree.MASTER, true))
                .size());
    }
}
