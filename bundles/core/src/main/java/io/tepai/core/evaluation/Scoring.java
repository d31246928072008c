package io.tepai.core.evaluation;

import io.tepai.api.evaluation.CriterionLine;
import io.tepai.api.evaluation.LineStatus;
import io.tepai.api.incentive.IncentiveGrant;
import io.tepai.core.module.PolicyModules.LocalCriterion;
import io.tepai.core.plugin.PluginCalls;
import io.tepai.spi.evaluation.CriterionScore;
import io.tepai.spi.evaluation.EvaluationCriterion;
import io.tepai.spi.evaluation.Grade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores one subject: the built-in dimensions with their configured weights, then the county's enabled local
 * criteria with theirs (R-EVAL-1). The total is the weighted mean of the lines that were scored; lines not scored
 * or failed carry no weight, so a missing input or a broken plug-in neither drags a subject down nor lifts it.
 */
final class Scoring {

    static final String BUILT_IN = IncentiveGrant.BUILT_IN;
    private static final int MAX_EXPLANATION = 500;
    private static final int MAX_NAME = 120;

    /** The lines and the total of one subject. */
    record Scored(List<CriterionLine> lines, BigDecimal total) {

        /**
         * The score of a line that was scored, else null: a line NOT_SCORED or FAILED has no score, and the
         * tie-breaks of R-EVAL-3 rank "no score" after every score (never an error for the whole round).
         */
        BigDecimal scoreOf(String criterionId) {
            return lines.stream()
                    .filter(l -> l.criterionId().equals(criterionId) && l.status() == LineStatus.SCORED)
                    .map(CriterionLine::score).filter(Objects::nonNull)
                    .findFirst().orElse(null);
        }

        /** What grading needs of this subject: the total and the R-EVAL-3 tie-breaks (duties, satisfaction). */
        Grading.Scored forGrading(String key, BigDecimal fieldDays, Grade adjusted) {
            return new Grading.Scored(key, total, scoreOf(BuiltInCriteria.DUTIES),
                    scoreOf(BuiltInCriteria.SATISFACTION), fieldDays, adjusted);
        }
    }

    private record Raw(String id, String nameZh, String nameEn, String source, int weight, BigDecimal score,
                       LineStatus status, String explanation) {
    }

    private Scoring() {
    }

    static Scored score(SubjectFacts facts, EvaluationSettings settings, List<LocalCriterion> locals,
                        PluginCalls calls) {
        List<Raw> raws = new ArrayList<>();
        for (BuiltInCriteria.Dimension dimension : BuiltInCriteria.ALL) {
            int weight = settings.weights().getOrDefault(dimension.id(), 0);
            if (weight > 0) {
                CriterionScore score = dimension.scorer().apply(facts);
                raws.add(raw(dimension.id(), dimension.nameZh(), dimension.nameEn(), BUILT_IN, weight, score));
            }
        }
        for (LocalCriterion local : locals) {
            raws.add(local(local, facts, calls));
        }
        return weigh(raws);
    }

    private static Raw local(LocalCriterion local, SubjectFacts facts, PluginCalls calls) {
        EvaluationCriterion criterion = local.criterion();
        PluginCalls.Outcome<CriterionScore> outcome = calls.call(local.moduleId(),
                () -> criterion.score(facts.data()));
        String nameZh = name(calls.call(local.moduleId(), criterion::nameZh), local.moduleId());
        String nameEn = name(calls.call(local.moduleId(), criterion::nameEn), local.moduleId());
        if (outcome.failed()) {
            return failed(local, nameZh, nameEn, outcome.failure());
        }
        CriterionScore score = outcome.value();
        if (score == null) {
            return failed(local, nameZh, nameEn, "returned no score");
        }
        if (score.score() != null && (score.score().signum() < 0 || score.score().compareTo(CriterionScore.MAX) > 0)) {
            return failed(local, nameZh, nameEn, "returned a score outside 0..100");
        }
        return raw(local.moduleId(), nameZh, nameEn, local.source(), local.weight(), score);
    }

    private static Raw failed(LocalCriterion local, String nameZh, String nameEn, String why) {
        return new Raw(local.moduleId(), nameZh, nameEn, local.source(), local.weight(), null, LineStatus.FAILED,
                clip("Criterion " + local.moduleId() + " failed: " + why));
    }

    private static Raw raw(String id, String nameZh, String nameEn, String source, int weight, CriterionScore score) {
        return score.applies()
                ? new Raw(id, nameZh, nameEn, source, weight, score.score().setScale(2, RoundingMode.HALF_UP),
                        LineStatus.SCORED, clip(score.explanation()))
                : new Raw(id, nameZh, nameEn, source, weight, null, LineStatus.NOT_SCORED,
                        clip(score.explanation()));
    }

    private static Scored weigh(List<Raw> raws) {
        int scoredWeight = raws.stream().filter(r -> r.status() == LineStatus.SCORED).mapToInt(Raw::weight).sum();
        BigDecimal total = BigDecimal.ZERO;
        List<CriterionLine> lines = new ArrayList<>();
        for (Raw raw : raws) {
            BigDecimal effective = BigDecimal.ZERO.setScale(4);
            if (raw.status() == LineStatus.SCORED && scoredWeight > 0) {
                effective = BigDecimal.valueOf(raw.weight()).divide(BigDecimal.valueOf(scoredWeight), 4,
                        RoundingMode.HALF_UP);
                total = total.add(raw.score().multiply(BigDecimal.valueOf(raw.weight())));
            }
            lines.add(new CriterionLine(raw.id(), raw.nameZh(), raw.nameEn(), raw.source(), raw.weight(), effective,
                    raw.score(), raw.status(), raw.explanation()));
        }
        BigDecimal mean = scoredWeight == 0 ? BigDecimal.ZERO.setScale(2)
                : total.divide(BigDecimal.valueOf(scoredWeight), 2, RoundingMode.HALF_UP);
        return new Scored(lines, mean);
    }

    private static String name(PluginCalls.Outcome<String> name, String fallback) {
        String value = name.failed() || name.value() == null ? "" : name.value().strip();
        return value.isEmpty() ? fallback : value.substring(0, Math.min(value.length(), MAX_NAME));
    }

    static String clip(String text) {
        String value = text == null ? "" : text.strip();
        return value.length() <= MAX_EXPLANATION ? value : value.substring(0, MAX_EXPLANATION - 1) + "…";
    }
}
