package io.tepai.core.evaluation;

import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.spi.incentive.Incentive;
import io.tepai.spi.incentive.IncentivePolicy;
import io.tepai.spi.incentive.PublishedResult;
import java.util.List;

/**
 * R-INC-1, built in and always on: excellent specialists get the green channel for city S&amp;T plan applications,
 * outside quotas, and their result is an important reference in their unit's annual appraisal; excellent teams may
 * take on S&amp;T plan projects.
 */
final class GreenChannel implements IncentivePolicy {

    static final String ID = "green-channel";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameZh() {
        return "市级科技计划申报绿色通道";
    }

    @Override
    public String nameEn() {
        return "Green channel for city S&T plan applications";
    }

    @Override
    public List<Incentive> grants(PublishedResult result) {
        if (result.grade() != Grade.EXCELLENT) {
            return List.of();
        }
        if (result.subject().kind() == SubjectKind.SPECIALIST) {
            return List.of(
                    Incentive.of("green-channel", result.year() + 1 + " 年度申报市级科技计划项目开通绿色通道，不受指标限制"),
                    Incentive.of("appraisal-reference", "考核优秀结果作为派出单位年度考核的重要参考"));
        }
        if (result.subject().kind() == SubjectKind.TEAM) {
            return List.of(Incentive.of("plan-projects", "优秀服务团可承担市级科技计划项目"));
        }
        return List.of();
    }
}
