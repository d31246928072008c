package io.tepai.core.tier;

import io.tepai.spi.tier.Evaluator;
import io.tepai.spi.tier.FundingSource;
import io.tepai.spi.tier.ServiceThreshold;
import io.tepai.spi.tier.SpecialistTier;
import io.tepai.spi.tier.SupportLevel;
import java.math.BigDecimal;
import org.osgi.service.component.annotations.Component;

/**
 * 省派科技特派员: dispatched and funded under the province's programme; the city records them and the
 * receiving county evaluates their work. The plan sets no city threshold, so the city's is the default.
 */
@Component(service = SpecialistTier.class, configurationPid = "io.tepai.tier.province")
public class ProvinceTier extends BuiltInTier {

    public ProvinceTier() {
        super("province", "省派科技特派员", "Province-dispatched specialist", SupportLevel.PROVINCE,
                Evaluator.RECEIVING_COUNTY, new ServiceThreshold(new BigDecimal("30"), 12), FundingSource.PROVINCE,
                BigDecimal.ZERO.setScale(2), "按省科技厅规定拨付");
    }
}
