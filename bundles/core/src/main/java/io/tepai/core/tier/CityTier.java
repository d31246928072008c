package io.tepai.core.tier;

import io.tepai.spi.tier.Evaluator;
import io.tepai.spi.tier.FundingSource;
import io.tepai.spi.tier.ServiceThreshold;
import io.tepai.spi.tier.SpecialistTier;
import io.tepai.spi.tier.SupportLevel;
import java.math.BigDecimal;
import org.osgi.service.component.annotations.Component;

/**
 * 市派科技特派员. R-SVC-2: at least 30 field days or 12 services a year; R-FUND-1: 20,000 CNY a year from the
 * city S&amp;T bureau; R-EVAL-2: evaluated by the receiving county.
 */
@Component(service = SpecialistTier.class, configurationPid = "io.tepai.tier.city")
public class CityTier extends BuiltInTier {

    public CityTier() {
        super("city", "市派科技特派员", "City-dispatched specialist", SupportLevel.CITY, Evaluator.RECEIVING_COUNTY,
                new ServiceThreshold(new BigDecimal("30"), 12), FundingSource.CITY, new BigDecimal("20000.00"),
                "市科技局年度预算补助 (R-FUND-1)");
    }
}
