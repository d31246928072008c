package ${package};

import io.tepai.spi.module.County;
import io.tepai.spi.tier.CandidateProfile;
import io.tepai.spi.tier.Evaluator;
import io.tepai.spi.tier.FundingRule;
import io.tepai.spi.tier.FundingSource;
import io.tepai.spi.tier.ServiceThreshold;
import io.tepai.spi.tier.SpecialistTier;
import io.tepai.spi.tier.SupportLevel;
import io.tepai.spi.tier.TierConfiguration;
import io.tepai.spi.tier.TitleLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * ${county}'s own specialist tier (R-TIER-1): county-dispatched, funded and evaluated by the county, most of the year
 * in the field (R-SVC-2: 120 field days by default). Threshold and funding can be changed in
 * {@code etc/io.tepai.tier.${moduleId}.cfg} ({@code minFieldDays}, {@code minServices}, {@code annualFunding}).
 */
@Component(service = SpecialistTier.class, configurationPid = TierConfiguration.PID_PREFIX + "${moduleId}")
@County("${county}")
public class LocalTier implements SpecialistTier {

    static final ServiceThreshold THRESHOLD = new ServiceThreshold(BigDecimal.valueOf(120), 0);
    static final FundingRule FUNDING = new FundingRule(BigDecimal.ZERO, FundingSource.COUNTY, "县财政按年度预算拨付");

    private volatile ServiceThreshold threshold = THRESHOLD;
    private volatile FundingRule funding = FUNDING;

    @Activate
    @Modified
    void configure(Map<String, Object> config) {
        threshold = TierConfiguration.threshold(config, THRESHOLD, problem -> { });
        funding = TierConfiguration.funding(config, FUNDING, problem -> { });
    }

    @Override
    public String id() {
        return "${moduleId}";
    }

    @Override
    public String nameZh() {
        return "县派科技特派员（本县）";
    }

    @Override
    public String nameEn() {
        return "County-dispatched specialist (own tier)";
    }

    @Override
    public SupportLevel supportLevel() {
        return SupportLevel.COUNTY;
    }

    @Override
    public Evaluator evaluator() {
        return Evaluator.RECEIVING_COUNTY;
    }

    @Override
    public ServiceThreshold annualServiceThreshold() {
        return threshold;
    }

    @Override
    public FundingRule annualFunding() {
        return funding;
    }

    /** Reported under R-TIER-1: a tier's own conditions, on top of the programme-wide R-ELIG-1. */
    @Override
    public List<String> eligibilityProblems(CandidateProfile candidate) {
        return candidate.titleLevel().isAtLeast(TitleLevel.INTERMEDIATE) ? List.of()
                : List.of("本县层级要求中级及以上职称");
    }
}
