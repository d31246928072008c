package io.tepai.spi.incentive;

import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.Subject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The published result of one subject of an evaluation round.
 *
 * @param roundId           the round
 * @param year              the programme year evaluated
 * @param subject           who was evaluated
 * @param grade             the final grade, after the 15% cap and any adjustment
 * @param totalScore        the weighted total, 0..100
 * @param criterionScores   each scored criterion's score, by criterion id
 * @param confirmedFieldDays the confirmed field days of the subject's records (for a specialist, in the evaluating
 *                           county)
 */
public record PublishedResult(long roundId, int year, Subject subject, Grade grade, BigDecimal totalScore,
                              Map<String, BigDecimal> criterionScores, BigDecimal confirmedFieldDays) {

    public PublishedResult {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(grade, "grade");
        criterionScores = Map.copyOf(criterionScores);
    }
}
