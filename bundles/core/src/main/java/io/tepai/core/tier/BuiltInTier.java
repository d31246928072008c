package io.tepai.core.tier;

import io.tepai.spi.tier.Evaluator;
import io.tepai.spi.tier.FundingRule;
import io.tepai.spi.tier.FundingSource;
import io.tepai.spi.tier.ServiceThreshold;
import io.tepai.spi.tier.SpecialistTier;
import io.tepai.spi.tier.SupportLevel;
import io.tepai.spi.tier.TierConfiguration;
import java.math.BigDecimal;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tiers of R-TIER-1, registered through the same {@link SpecialistTier} interface a plug-in uses. Their
 * threshold (R-SVC-2) and funding (R-FUND-1, R-FUND-2) are configurable per tier in {@code etc/io.tepai.tier.<id>.cfg}
 * ({@link TierConfiguration}, as for plug-in tiers); the defaults are the plan's.
 */
abstract class BuiltInTier implements SpecialistTier {

    private static final Logger LOG = LoggerFactory.getLogger(BuiltInTier.class);

    private final String id;
    private final String nameZh;
    private final String nameEn;
    private final SupportLevel supportLevel;
    private final Evaluator evaluator;
    private volatile ServiceThreshold threshold;
    private volatile FundingRule funding;

    BuiltInTier(String id, String nameZh, String nameEn, SupportLevel supportLevel, Evaluator evaluator,
                ServiceThreshold defaultThreshold, FundingSource fundingSource, BigDecimal defaultFunding,
                String fundingNote) {
        this.id = id;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.supportLevel = supportLevel;
        this.evaluator = evaluator;
        this.threshold = defaultThreshold;
        this.funding = new FundingRule(defaultFunding, fundingSource, fundingNote);
    }

    /** Applies the tier's configuration; keys that are missing or invalid keep their current value. */
    @Activate
    @Modified
    void configure(Map<String, Object> config) {
        // threshold and funding are independent: a bad value in one must not discard a good one in the other
        threshold = TierConfiguration.threshold(config, threshold, problem -> LOG.warn("Tier {}: {}", id, problem));
        funding = TierConfiguration.funding(config, funding, problem -> LOG.warn("Tier {}: {}", id, problem));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String nameZh() {
        return nameZh;
    }

    @Override
    public String nameEn() {
        return nameEn;
    }

    @Override
    public SupportLevel supportLevel() {
        return supportLevel;
    }

    @Override
    public Evaluator evaluator() {
        return evaluator;
    }

    @Override
    public ServiceThreshold annualServiceThreshold() {
        return threshold;
    }

    @Override
    public FundingRule annualFunding() {
        return funding;
    }
}
