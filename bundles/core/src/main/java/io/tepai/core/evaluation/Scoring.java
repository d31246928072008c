package io.tepai.core.evaluation;

import io.tepai.api.evaluation.CriterionLine;
import io.tepai.api.evaluation.LineStatus;
import io.tepai.api.incentive.IncentiveGrant;
import io.tepai.core.module.PolicyModules.LocalCriterion;
import io.tepai.guard.CriterionLines;
import io.tepai.guard.PluginCalls;
import io.tepai.spi.evaluation.CriterionScore;
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

    /** A line before weighing: what the criterion said, and the weight and source it counts with. */
    private record Raw(CriterionLines.Line line, String source, int weight) {
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
                raws.add(new Raw(CriterionLines.of(dimension.id(), dimension.nameZh(), dimension.nameEn(), score),
                        BUILT_IN, weight));
            }
        }
        for (LocalCriterion local : locals) {
            // the plug-in test kit's harness judges a criterion through the same CriterionLines (issue 19)
            raws.add(new Raw(CriterionLines.judge(local.moduleId(), local.criterion(), facts.data(), calls),
                    local.source(), local.weight()));
        }
        return weigh(raws);
    }

    private static Scored weigh(List<Raw> raws) {
        int scoredWeight = raws.stream().filter(r -> r.line().status() == CriterionLines.Status.SCORED)
                .mapToInt(Raw::weight).sum();
        BigDecimal total = BigDecimal.ZERO;
        List<CriterionLine> lines = new ArrayList<>();
        for (Raw raw : raws) {
            CriterionLines.Line line = raw.line();
            BigDecimal effective = BigDecimal.ZERO.setScale(4);
            if (line.status() == CriterionLines.Status.SCORED && scoredWeight > 0) {
                effective = BigDecimal.valueOf(raw.weight()).divide(BigDecimal.valueOf(scoredWeight), 4,
                        RoundingMode.HALF_UP);
                total = total.add(line.score().multiply(BigDecimal.valueOf(raw.weight())));
            }
            lines.add(new CriterionLine(line.id(), line.nameZh(), line.nameEn(), raw.source(), raw.weight(),
                    effective, line.score(), LineStatus.valueOf(line.status().name()), line.explanation()));
        }
        BigDecimal mean = scoredWeight == 0 ? BigDecimal.ZERO.setScale(2)
                : total.divide(BigDecimal.valueOf(scoredWeight), 2, RoundingMode.HALF_UP);
        return new Scored(lines, mean);
    }
}
