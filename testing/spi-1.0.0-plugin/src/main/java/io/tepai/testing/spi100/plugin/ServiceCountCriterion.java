package io.tepai.testing.spi100.plugin;

import io.tepai.spi.evaluation.CriterionScore;
import io.tepai.spi.evaluation.EvaluationCriterion;
import io.tepai.spi.evaluation.SubjectData;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.spi.module.County;
import java.math.BigDecimal;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * 沁阳市's local criterion 服务频次: 25 points per confirmed service in the county, at most 100, explained with the
 * services and field days counted — reading {@code ServiceRecord} and {@code Subject} through their 1.0.0 accessors,
 * which SPI 1.1's added components must not have disturbed.
 */
@Component(service = EvaluationCriterion.class)
@County("qinyang")
public class ServiceCountCriterion implements EvaluationCriterion {

    static final String ID = "qinyang-spi100-services";
    static final int POINTS_PER_SERVICE = 25;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameZh() {
        return "服务频次（1.0.0 插件）";
    }

    @Override
    public String nameEn() {
        return "Services given (1.0.0 plug-in)";
    }

    @Override
    public Set<SubjectKind> appliesTo() {
        return Set.of(SubjectKind.SPECIALIST);
    }

    @Override
    public CriterionScore score(SubjectData data) {
        String county = data.subject().county();
        long services = 0;
        BigDecimal fieldDays = BigDecimal.ZERO;
        for (SubjectData.ServiceRecord service : data.services()) {
            if (county.equals(service.county())) {
                services++;
                fieldDays = fieldDays.add(service.fieldDays());
            }
        }
        return CriterionScore.of(Math.min(100, POINTS_PER_SERVICE * services),
                "确认服务 " + services + " 次，实地 " + fieldDays.stripTrailingZeros().toPlainString() + " 天");
    }
}
