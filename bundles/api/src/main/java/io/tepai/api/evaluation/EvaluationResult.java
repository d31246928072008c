package io.tepai.api.evaluation;

import io.tepai.api.Decimals;
import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.Subject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One subject's result in a round, explainable line by line.
 *
 * @param totalScore    weighted mean of the scored lines, 0..100
 * @param rank          1-based place in the round by the documented order (total, then tie-breakers)
 * @param computedGrade the grade from the score bands
 * @param grade         the grade in force: after the 15% cap and any adjustment
 * @param capNote       set when the 15% cap moved this subject down from excellent (R-EVAL-3)
 * @param inputs        the evaluator's manual inputs (0..100 by input name)
 * @param adjustment    the manual grade change, if any
 * @param renewal       the renewal proposal, once the round is published (specialists only)
 * @param certificateNo the certificate's number, for an excellent specialist of a published round
 */
public record EvaluationResult(long id, long roundId, int year, Subject subject, BigDecimal totalScore, int rank,
                               Grade computedGrade, Grade grade, String capNote, List<CriterionLine> breakdown,
                               Map<String, BigDecimal> inputs, Adjustment adjustment, Renewal renewal,
                               String certificateNo, long version) {

    public EvaluationResult {
        breakdown = breakdown == null ? List.of() : List.copyOf(breakdown);
        totalScore = Decimals.twoPlaces(totalScore);
        Map<String, BigDecimal> scaled = new java.util.LinkedHashMap<>();
        if (inputs != null) {
            inputs.forEach((name, value) -> scaled.put(name, Decimals.twoPlaces(value)));
        }
        inputs = java.util.Collections.unmodifiableMap(scaled);
    }
}
