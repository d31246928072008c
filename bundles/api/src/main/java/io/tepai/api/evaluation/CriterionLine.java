package io.tepai.api.evaluation;

import io.tepai.api.Decimals;
import java.math.BigDecimal;

/**
 * One criterion's part in a subject's result.
 *
 * @param criterionId     the criterion's stable id (built-in dimensions: {@code organisation}, {@code duties},
 *                        {@code results}, {@code satisfaction}, {@code publicity})
 * @param source          {@code built-in}, or the module's bundle for a county's local criterion
 * @param weight          the configured weight
 * @param effectiveWeight the share of the total this line carries (0..1) after weights of lines not scored were
 *                        spread over the scored ones
 * @param score           0..100, or {@code null} when not scored or failed
 * @param explanation     why this score (or what failed)
 */
public record CriterionLine(String criterionId, String nameZh, String nameEn, String source, int weight,
                            BigDecimal effectiveWeight, BigDecimal score, LineStatus status, String explanation) {

    public CriterionLine {
        score = Decimals.twoPlaces(score);
    }
}
