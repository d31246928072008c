package io.tepai.core.tier;

import io.tepai.spi.tier.Evaluator;
import io.tepai.spi.tier.FundingSource;
import io.tepai.spi.tier.ServiceThreshold;
import io.tepai.spi.tier.SpecialistTier;
import io.tepai.spi.tier.SupportLevel;
import java.math.BigDecimal;
import org.osgi.service.component.annotations.Component;

/**
 * 县派省资助科技特派员: dispatched by a county, funded by the province. It counts as county-level support for
 * R-REC-3 because the county dispatches; the county serves and evaluates.
 */
@Component(service = SpecialistTier.class, configurationPid = "io.tepai.tier.county-province-funded")
public class CountyProvinceFundedTier extends BuiltInTier {

    public CountyProvinceFundedTier() {
        super("county-province-funded", "县派省资助科技特派员", "County-dispatched, province-funded specialist",
                SupportLevel.COUNTY, Evaluator.RECEIVING_COUNTY, new ServiceThreshold(new BigDecimal("30"), 12),
                FundingSource.PROVINCE, BigDecimal.ZERO.setScale(2), "按省资助标准拨付");
    }
}
