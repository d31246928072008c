package io.tepai.spi.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What a criterion says about one subject.
 *
 * @param score       0 to 100 with at most two decimals, or {@code null} when the criterion does not apply to the
 *                    subject (its weight then goes to the other criteria)
 * @param explanation one sentence a county official can check against the records, at most 500 characters
 */
public record CriterionScore(BigDecimal score, String explanation) {

    public static final BigDecimal MAX = BigDecimal.valueOf(100);

    public CriterionScore {
        Objects.requireNonNull(explanation, "explanation");
    }

    /** A score from 0 to 100, rounded half-up to two decimals. */
    public static CriterionScore of(double score, String explanation) {
        return new CriterionScore(BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP), explanation);
    }

    /** The subject offers nothing to judge by; the criterion's weight goes to the others. */
    public static CriterionScore notApplicable(String explanation) {
        return new CriterionScore(null, explanation);
    }

    public boolean applies() {
        return score != null;
    }
}
