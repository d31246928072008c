package io.tepai.api.specialist;

import io.tepai.api.Decimals;
import io.tepai.spi.tier.Evaluator;
import io.tepai.spi.tier.FundingRule;
import io.tepai.spi.tier.ServiceThreshold;
import io.tepai.spi.tier.SupportLevel;

/**
 * A snapshot of a registered specialist tier (R-TIER-1), built-in or from a plug-in.
 *
 * @param provider symbolic name of the bundle that registered the tier
 */
public record Tier(String id, String nameZh, String nameEn, SupportLevel supportLevel, Evaluator evaluator,
                   ServiceThreshold annualServiceThreshold, FundingRule annualFunding, String provider) {

    public Tier {
        if (annualFunding != null) {
            annualFunding = new FundingRule(Decimals.twoPlaces(annualFunding.annualAmount()), annualFunding.source(),
                    annualFunding.note());
        }
    }
}
