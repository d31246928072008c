package io.tepai.testing.spi100.plugin;

import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.spi.incentive.Incentive;
import io.tepai.spi.incentive.IncentivePolicy;
import io.tepai.spi.incentive.PublishedResult;
import io.tepai.spi.module.County;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * 沁阳市's incentive 通报表扬: every published specialist result of the county is commended, whatever its grade (a
 * round of a few subjects has no 优秀 place, R-EVAL-3), so that the grant is there to be seen.
 */
@Component(service = IncentivePolicy.class)
@County("qinyang")
public class CommendationPolicy implements IncentivePolicy {

    static final String ID = "qinyang-spi100-commendation";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameZh() {
        return "沁阳市通报表扬（1.0.0 插件）";
    }

    @Override
    public String nameEn() {
        return "Qinyang commendation (1.0.0 plug-in)";
    }

    @Override
    public List<Incentive> grants(PublishedResult result) {
        if (result.subject().kind() != SubjectKind.SPECIALIST) {
            return List.of();
        }
        return List.of(Incentive.of("commendation", "沁阳市科技局通报表扬：" + result.subject().name() + "，"
                + result.year() + " 年度考核" + result.grade().nameZh()));
    }
}
