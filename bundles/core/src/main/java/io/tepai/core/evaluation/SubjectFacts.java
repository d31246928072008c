package io.tepai.core.evaluation;

import io.tepai.spi.evaluation.SubjectData;
import io.tepai.spi.tier.ServiceThreshold;
import java.math.BigDecimal;
import java.util.List;

/**
 * A subject's evaluation data (what plug-ins see) plus what only the built-in criteria use: each covered
 * specialist's confirmed service in the whole year against their tier's threshold.
 *
 * @param fieldDays confirmed field days of the subject's records, a tie-breaker (R-EVAL-3)
 */
record SubjectFacts(SubjectData data, List<Fulfilment> fulfilment, BigDecimal fieldDays) {

    /**
     * One specialist's confirmed service in the year.
     *
     * @param threshold the tier's annual threshold, or null when the tier is not loaded
     */
    record Fulfilment(BigDecimal days, int services, ServiceThreshold threshold) {
    }
}
