package io.tepai.plugin.wuzhi.bases;

import io.tepai.spi.evaluation.CriterionScore;
import io.tepai.spi.evaluation.EvaluationCriterion;
import io.tepai.spi.evaluation.SubjectData;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.spi.module.County;
import java.time.LocalDate;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * 武陟县's local criterion 示范基地建设 (R-EVAL-1: counties may add local criteria; R-SVC-1: build demonstration
 * bases). It rewards demonstration bases set up within the programme year and the service logs spent on
 * demonstration bases:
 *
 * <pre>score = min(100, (25 × new bases + 5 × demonstration-base services) / specialists)</pre>
 *
 * so one specialist reaches full marks with four new bases, or two bases and ten services. For a county's work the
 * same sum is taken per specialist dispatched there. Only bases and services in the evaluating county count: the
 * county rewards what was built for it.
 *
 * <p>{@code @County} (service property {@code tepai.county}) says whose module this is; Tepai counts it only in the
 * rounds of counties that switched it on ({@code tepai:module-enable wuzhi wuzhi-demo-bases}).
 */
@Component(service = EvaluationCriterion.class)
@County("wuzhi")
public class DemonstrationBasesCriterion implements EvaluationCriterion {

    static final String ID = "wuzhi-demo-bases";
    static final int POINTS_PER_NEW_BASE = 25;
    static final int POINTS_PER_BASE_SERVICE = 5;
    static final String BASE_SERVICE_KIND = "DEMONSTRATION_BASE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameZh() {
        return "示范基地建设";
    }

    @Override
    public String nameEn() {
        return "Demonstration bases built";
    }

    @Override
    public Set<SubjectKind> appliesTo() {
        return Set.of(SubjectKind.SPECIALIST, SubjectKind.COUNTY_WORK);
    }

    @Override
    public int defaultWeight() {
        return 10;
    }

    @Override
    public CriterionScore score(SubjectData data) {
        if (data.specialists() <= 0) {
            // a county with nobody dispatched to it has built nothing and failed at nothing
            return CriterionScore.notApplicable("没有派驻的科技特派员，无示范基地可评");
        }
        String county = data.subject().county();
        long newBases = data.bases().stream()
                .filter(base -> inCounty(base.county(), county))
                .filter(base -> within(base.established(), data.from(), data.to()))
                .count();
        long undated = data.bases().stream()
                .filter(base -> inCounty(base.county(), county) && base.established() == null)
                .count();
        long baseServices = data.services().stream()
                .filter(service -> BASE_SERVICE_KIND.equals(service.kind()))
                .filter(service -> inCounty(service.county(), county))
                .count();

        double points = (POINTS_PER_NEW_BASE * newBases + POINTS_PER_BASE_SERVICE * baseServices)
                / (double) data.specialists();
        return CriterionScore.of(Math.min(100, points), explain(data, newBases, baseServices, undated));
    }

    private static String explain(SubjectData data, long newBases, long baseServices, long undated) {
        StringBuilder text = new StringBuilder()
                .append("本年度新建示范基地 ").append(newBases).append(" 个，示范基地建设服务 ")
                .append(baseServices).append(" 次");
        if (data.subject().kind() != SubjectKind.SPECIALIST) {
            text.append("（科技特派员 ").append(data.specialists()).append(" 人）");
        }
        if (undated > 0) {
            // say so, or an official counting the bases on the ground finds more than the score shows
            text.append("；另有 ").append(undated).append(" 个基地建立日期不详，未计入");
        }
        return text.toString();
    }

    /** A subject without a county (none of the kinds this criterion scores) takes records from anywhere. */
    private static boolean inCounty(String recordCounty, String county) {
        return county == null || county.equals(recordCounty);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
