package io.tepai.plugin.hpu.tier;

import io.tepai.spi.module.Unit;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * 河南理工大学本级科技特派员: the university's own tier (R-TIER-1: a unit's own tier, whose funding and evaluation
 * are the unit's own business).
 *
 * <ul>
 *   <li>R-SVC-2: at least 40 field days or 15 services a year, more than the city asks, because the university
 *       counts the service as teaching load;</li>
 *   <li>R-FUND-1/R-FUND-2 do not apply: 10,000 yuan a year from the university's own budget;</li>
 *   <li>R-EVAL-2: evaluated by the university, not by the county;</li>
 *   <li>eligibility on top of R-ELIG-1: only the university's own staff, and only with an intermediate title or
 *       above (R-ELIG-1 would also accept a master's degree without a title).</li>
 * </ul>
 *
 * <p>{@code @Unit} (service property {@code tepai.unit}) says whose tier this is. A county accepts specialists of this
 * tier once it switches the module on ({@code tepai:module-enable wuzhi hpu-own}); a county account may do so for a
 * county where 河南理工大学 has had specialists assigned, the city office for any county.
 */
@Component(service = SpecialistTier.class, configurationPid = TierConfiguration.PID_PREFIX + HpuOwnTier.ID)
@Unit("hpu")
public class HpuOwnTier implements SpecialistTier {

    static final String ID = "hpu-own";
    static final String UNIT_CODE = "hpu";

    private static final System.Logger LOG = System.getLogger(HpuOwnTier.class.getName());
    private static final ServiceThreshold THRESHOLD = new ServiceThreshold(new BigDecimal("40"), 15);
    private static final FundingRule FUNDING = new FundingRule(new BigDecimal("10000.00"), FundingSource.UNIT,
            "河南理工大学科技服务专项经费，计入教学工作量");

    private volatile ServiceThreshold threshold = THRESHOLD;
    private volatile FundingRule funding = FUNDING;

    /**
     * Applies {@code etc/io.tepai.tier.hpu-own.cfg} ({@code minFieldDays}, {@code minServices}, {@code annualFunding})
     * over the university's defaults, as Tepai does for its own tiers; without the file the defaults apply.
     */
    @Activate
    @Modified
    void configure(Map<String, Object> config) {
        threshold = TierConfiguration.threshold(config, THRESHOLD, this::warn);
        funding = TierConfiguration.funding(config, FUNDING, this::warn);
    }

    private void warn(String problem) {
        LOG.log(System.Logger.Level.WARNING, "Tier " + ID + ": " + problem);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameZh() {
        return "河南理工大学本级科技特派员";
    }

    @Override
    public String nameEn() {
        return "Henan Polytechnic University's own specialist";
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
        return threshold;
    }

    @Override
    public FundingRule annualFunding() {
        return funding;
    }

    @Override
    public List<String> eligibilityProblems(CandidateProfile candidate) {
        List<String> problems = new ArrayList<>();
        if (!UNIT_CODE.equals(candidate.unitCode())) {
            problems.add("河南理工大学本级科技特派员须为河南理工大学（hpu）在职人员，候选人的派出单位是 "
                    + candidate.unitCode());
        }
        if (candidate.titleLevel() == null || !candidate.titleLevel().isAtLeast(TitleLevel.INTERMEDIATE)) {
            problems.add("河南理工大学本级科技特派员须具有中级及以上职称");
        }
        return problems;
    }
}
