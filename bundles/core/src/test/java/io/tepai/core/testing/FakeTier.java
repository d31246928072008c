package io.tepai.core.testing;

import io.tepai.spi.tier.Evaluator;
import io.tepai.spi.tier.FundingRule;
import io.tepai.spi.tier.FundingSource;
import io.tepai.spi.tier.ServiceThreshold;
import io.tepai.spi.tier.SpecialistTier;
import io.tepai.spi.tier.SupportLevel;
import java.math.BigDecimal;

/**
 * A plug-in tier as a county or university might write it, with harmless defaults. Tests override single
 * methods in anonymous subclasses, e.g. to make {@code nameZh()} or {@code eligibilityProblems()} misbehave.
 */
public class FakeTier implements SpecialistTier {

    private final String id;

    public FakeTier(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String nameZh() {
        return "测试特派员 " + id;
    }

    @Override
    public String nameEn() {
        return "Test tier " + id;
    }

    @Override
    public SupportLevel supportLevel() {
        return SupportLevel.UNIT;
    }

    @Override
    public Evaluator evaluator() {
        return Evaluator.DISPATCHING_UNIT;
    }

    @Override
    public ServiceThreshold annualServiceThreshold() {
        return ServiceThreshold.none();
    }

    @Override
    public FundingRule annualFunding() {
        return new FundingRule(BigDecimal.ZERO, FundingSource.UNIT, "");
    }
}
