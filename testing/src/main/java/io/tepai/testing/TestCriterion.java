package io.tepai.testing;

import io.tepai.spi.evaluation.CriterionScore;
import io.tepai.spi.evaluation.EvaluationCriterion;
import io.tepai.spi.evaluation.SubjectData;
import io.tepai.spi.evaluation.SubjectKind;
import java.util.Set;
import java.util.function.Function;

/**
 * A specialist criterion that scores as the test says, as a county's plug-in would: core's unit tests hand it to the
 * evaluation, the container tests register it from the test bundle.
 */
public record TestCriterion(String id, Function<SubjectData, CriterionScore> scorer) implements EvaluationCriterion {

    @Override
    public String nameZh() {
        return "测试指标";
    }

    @Override
    public String nameEn() {
        return "Test criterion";
    }

    @Override
    public Set<SubjectKind> appliesTo() {
        return Set.of(SubjectKind.SPECIALIST);
    }

    @Override
    public CriterionScore score(SubjectData data) {
        return scorer.apply(data);
    }
}
