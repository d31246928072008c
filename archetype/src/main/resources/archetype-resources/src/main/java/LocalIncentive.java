package ${package};

import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.incentive.Incentive;
import io.tepai.spi.incentive.IncentivePolicy;
import io.tepai.spi.incentive.PublishedResult;
import io.tepai.spi.module.County;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * ${county}'s own incentive (R-INC-2): an excellent result earns the county's commendation. Change {@link #grants}
 * to what the county grants, e.g. {@code Incentive.money("bonus", "…", new BigDecimal("5000"))}.
 */
@Component(service = IncentivePolicy.class)
@County("${county}")
public class LocalIncentive implements IncentivePolicy {

    @Override
    public String id() {
        return "${moduleId}";
    }

    @Override
    public String nameZh() {
        return "县级表彰";
    }

    @Override
    public String nameEn() {
        return "County commendation";
    }

    @Override
    public List<Incentive> grants(PublishedResult result) {
        return result.grade() == Grade.EXCELLENT
                ? List.of(Incentive.of("commendation", "县科技局通报表扬：" + result.subject().name()))
                : List.of();
    }
}
