package io.tepai.core.tier;

import io.tepai.spi.tier.Evaluator;
import io.tepai.spi.tier.FundingSource;
import io.tepai.spi.tier.ServiceThreshold;
import io.tepai.spi.tier.SpecialistTier;
import io.tepai.spi.tier.SupportLevel;
import java.math.BigDecimal;
import org.osgi.service.component.annotations.Component;

/**
 * 县派科技特派员: funded by county finance (R-FUND-2). R-SVC-2 asks them to spend "most of their time" on
 * service; the default reads that as 120 field days a year, which counties can change.
 */
@Component(service = SpecialistTier.class, configurationPid = "io.tepai.tier.county")
public class CountyTier extends BuiltInTier {

    public CountyTier() {
        super("county", "县派科技特派员", "County-dispatched specialist", SupportLevel.COUNTY,
                Evaluator.RECEIVING_COUNTY, new ServiceThreshold(new BigDecimal("120"), 0), FundingSource.COUNTY,
                BigDecimal.ZERO.setScale(2), "县级财政统筹 (R-FUND-2)");
    }
}
