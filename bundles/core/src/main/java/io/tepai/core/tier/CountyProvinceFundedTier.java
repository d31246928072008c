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
 * R-REC-3 because the county dispatches; the county serves and evaluates. Being county-dispatched, R-SVC-2 asks
 * them to spend "most of their time" on service: like {@link CountyTier} the default reads that as 120 field days
 * a year (issue 20; before, the city tier's 30 days or 12 services), changeable in
 * {@code etc/io.tepai.tier.county-province-funded.cfg} ({@code minFieldDays}, {@code minServices}).
 */
@Component(service = SpecialistTier.class, configurationPid = "io.tepai.tier.county-province-funded")
public class CountyProvinceFundedTier extends BuiltInTier {

    public CountyProvinceFundedTier() {
        super("county-province-funded", "县派省资助科技特派员", "County-dispatched, province-funded specialist",
                SupportLevel.COUNTY, Evaluator.RECEIVING_COUNTY, new ServiceThreshold(new BigDecimal("120"), 0),
                FundingSource.PROVINCE, BigDecimal.ZERO.setScale(2), "按省资助标准拨付");
    }
}
