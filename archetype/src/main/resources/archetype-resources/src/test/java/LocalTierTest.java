package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tepai.spi.tier.CandidateProfile;
import io.tepai.spi.tier.Degree;
import io.tepai.spi.tier.TierConfiguration;
import io.tepai.spi.tier.TitleLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalTierTest {

    @Test
    void aJuniorTitleIsNotEnoughAnIntermediateOneIs() {
        LocalTier tier = new LocalTier();

        assertEquals(1, tier.eligibilityProblems(new CandidateProfile("hpu", TitleLevel.JUNIOR, Degree.MASTER, true))
                .size());
        assertEquals(List.of(), tier.eligibilityProblems(
                new CandidateProfile("hpu", TitleLevel.INTERMEDIATE, Degree.BACHELOR, true)));
    }

    @Test
    void theThresholdIsConfigurable() {
        LocalTier tier = new LocalTier();
        tier.configure(Map.of(TierConfiguration.MIN_FIELD_DAYS, "100"));

        assertEquals(new BigDecimal("100"), tier.annualServiceThreshold().minFieldDays());
    }
}
