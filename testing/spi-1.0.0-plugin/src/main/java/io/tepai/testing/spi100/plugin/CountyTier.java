package io.tepai.testing.spi100.plugin;

import io.tepai.spi.module.County;
import io.tepai.spi.tier.CandidateProfile;
import io.tepai.spi.tier.Evaluator;
import io.tepai.spi.tier.FundingRule;
import io.tepai.spi.tier.FundingSource;
import io.tepai.spi.tier.ServiceThreshold;
import io.tepai.spi.tier.SpecialistTier;
import io.tepai.spi.tier.SupportLevel;
import io.tepai.spi.tier.TierConfiguration;
import io.tepai.spi.tier.TitleLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * 沁阳市's own county tier (R-TIER-1), configured through 1.0.0's {@code TierConfiguration} and asking 1.0.0's
 * {@code CandidateProfile} for the title: the record gained a component in 1.1, its old accessors stay.
 */
@Component(service = SpecialistTier.class, configurationPid = TierConfiguration.PID_PREFIX + CountyTier.ID)
@County("qinyang")
public class CountyTier implements SpecialistTier {

    static final String ID = "qinyang-spi100-tier";
    static final ServiceThreshold THRESHOLD = new ServiceThreshold(BigDecimal.valueOf(60), 0);
    static final FundingRule FUNDING = new FundingRule(new BigDecimal("5000.00"), FundingSource.COUNTY,
            "沁阳市财政按年度预算拨付");

    private volatile ServiceThreshold threshold = THRESHOLD;
    private volatile FundingRule funding = FUNDING;

    @Activate
    @Modified
    void configure(Map<String, Object> config) {
        threshold = TierConfiguration.threshold(config, THRESHOLD, problem -> { });
        funding = TierConfiguration.funding(config, FUNDING, problem -> { });
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameZh() {
        return "沁阳市县派科技特派员（1.0.0 插件）";
    }

    @Override
    public String nameEn() {
        return "Qinyang county specialist (1.0.0 plug-in)";
    }

    @Override
    public SupportLevel supportLevel() {
        return SupportLevel.COUNTY;
    }

    @Override
    public Evaluator evaluator() {
        return Evaluator.RECEIVING_COUNTY;
    }

    @Override
    public ServiceThreshold annualServiceThreshold() {
        return threshold;
    }

    @Override
    public FundingRule annualFunding() {
        return funding;
    }

    @Override
    public List<String> eligibilityProblems(CandidateProfile candidate) {
        return candidate.titleLevel() != null && candidate.titleLevel().isAtLeast(TitleLevel.INTERMEDIATE)
                ? List.of() : List.of("沁阳市县派科技特派员须具有中级及以上职称");
    }
}
