package io.tepai.core.tier;

import io.tepai.spi.tier.Evaluator;
import io.tepai.spi.tier.FundingSource;
import io.tepai.spi.tier.ServiceThreshold;
import io.tepai.spi.tier.SpecialistTier;
import io.tepai.spi.tier.SupportLevel;
import java.math.BigDecimal;
import org.osgi.service.component.annotations.Component;

/**
 * 本级科技特派员: a unit's own specialists; funding and evaluation are the unit's own business (R-TIER-1).
 * A unit with its own rules deploys its own tier plug-in instead.
 */
@Component(service = SpecialistTier.class, configurationPid = "io.tepai.tier.unit-own")
public class UnitOwnTier extends BuiltInTier {

    public UnitOwnTier() {
        super("unit-own", "本级科技特派员", "Unit's own specialist", SupportLevel.UNIT, Evaluator.DISPATCHING_UNIT,
                ServiceThreshold.none(), FundingSource.UNIT, BigDecimal.ZERO.setScale(2), "派出单位自行安排");
    }
}
