package ${package};

import io.tepai.spi.evaluation.CriterionScore;
import io.tepai.spi.evaluation.EvaluationCriterion;
import io.tepai.spi.evaluation.SubjectData;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.spi.module.County;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * ${county}'s local evaluation criterion (R-EVAL-1): the share of the subject's confirmed services that served one
 * of the leading industries the subject serves (SPI 1.1: each service says which industries it served). Change
 * {@link #score} to what the county wants to reward; the unit test shows the line Tepai will show.
 */
@Component(service = EvaluationCriterion.class)
@County("${county}")
public class LocalCriterion implements EvaluationCriterion {

    @Override
    public String id() {
        return "${moduleId}";
    }

    @Override
    public String nameZh() {
        return "主导产业服务占比";
    }

    @Override
    public String nameEn() {
        return "Service to the leading industries";
    }

    @Override
    public Set<SubjectKind> appliesTo() {
        return Set.of(SubjectKind.SPECIALIST, SubjectKind.COUNTY_WORK);
    }

    @Override
    public CriterionScore score(SubjectData data) {
        if (data.services().isEmpty()) {
            return CriterionScore.notApplicable("本年度没有确认的服务记录");
        }
        long served = data.services().stream()
                .filter(service -> service.industries().stream().anyMatch(data.subject().industries()::contains))
                .count();
        return CriterionScore.of(100.0 * served / data.services().size(),
                "确认服务 " + data.services().size() + " 次，其中服务主导产业 " + served + " 次");
    }
}
