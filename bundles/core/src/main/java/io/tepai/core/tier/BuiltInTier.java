package io.tepai.core.tier;

import io.tepai.spi.tier.Evaluator;
import io.tepai.spi.tier.FundingRule;
import io.tepai.spi.tier.FundingSource;
import io.tepai.spi.tier.ServiceThreshold;
import io.tepai.spi.tier.SpecialistTier;
import io.tepai.spi.tier.SupportLevel;
import java.math.BigDecimal;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tiers of R-TIER-1, registered through the same {@link SpecialistTier} interface a plug-in uses. Their
 * threshold (R-SVC-2) and funding (R-FUND-1, R-FUND-2) are configurable per tier in {@code etc/io.tepai.tier.<id>.cfg}
 * with the keys {@code minFieldDays}, {@code minServices} and {@code annualFunding}; the defaults are the plan's.
 */
abstract class BuiltInTier implements SpecialistTier {

    private static final Logger LOG = LoggerFactory.getLogger(BuiltInTier.class);

    private final String id;
    private final String nameZh;
    private final String nameEn;
    private final SupportLevel supportLevel;
    private final Evaluator evaluator;
    private final FundingSource fundingSource;
    private final String fundingNote;
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
        this.fundingSource = fundingSource;
        this.fundingNote = fundingNote;
        this.threshold = defaultThreshold;
        this.funding = new FundingRule(defaultFunding, fundingSource, fundingNote);
    }

    /** Applies the tier's configuration; keys that are missing or invalid keep their current value. */
    @Activate
    @Modified
    void configure(Map<String, Object> config) {
        ServiceThreshold current = threshold;
        BigDecimal days = decimal(config, "minFieldDays", current.minFieldDays());
        int services = wholeNumber(config, "minServices", current.minServices());
        BigDecimal amount = decimal(config, "annualFunding", funding.annualAmount());
        // threshold and funding are independent: a bad value in one must not discard a good one in the other
        try {
            threshold = new ServiceThreshold(days, services);
        } catch (IllegalArgumentException e) {
            LOG.warn("Tier {}: threshold rejected ({}); keeping {}", id, e.getMessage(), threshold);
        }
        try {
            funding = new FundingRule(amount, fundingSource, fundingNote);
        } catch (IllegalArgumentException e) {
            LOG.warn("Tier {}: funding rejected ({}); keeping {}", id, e.getMessage(), funding.annualAmount());
        }
    }

    private int wholeNumber(Map<String, Object> config, String key, int fallback) {
        try {
            return decimal(config, key, BigDecimal.valueOf(fallback)).intValueExact();
        } catch (ArithmeticException e) {
            LOG.warn("Tier {}: {} must be a whole number; keeping {}", id, key, fallback);
            return fallback;
        }
    }

    private BigDecimal decimal(Map<String, Object> config, String key, BigDecimal fallback) {
        Object value = config.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            LOG.warn("Tier {}: '{}' is not a number for {}; keeping {}", id, value, key, fallback);
            return fallback;
        }
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
