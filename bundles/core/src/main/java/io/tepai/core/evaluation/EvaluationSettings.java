package io.tepai.core.evaluation;

import io.tepai.guard.CriterionLines;
import io.tepai.spi.evaluation.Grade;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configuration of evaluation, PID {@code io.tepai.evaluation} ({@code etc/io.tepai.evaluation.cfg}): the weights
 * of the five built-in dimensions (R-EVAL-1), the score bands of the grades (R-EVAL-3), the share of excellent
 * ({@link ExcellentCap}) and the time a plug-in criterion or policy may take per subject. A value that cannot be
 * used is logged and replaced by its default, so a typo never stops evaluation.
 *
 * @param weights        weight per built-in criterion id, 0..100 (0 leaves the dimension out)
 * @param excellentFrom  lowest total that is excellent
 * @param goodFrom       lowest total that is good
 * @param passFrom       lowest total that passes
 * @param excellentShare the most excellent as a share of the subjects, 0..{@link ExcellentCap#MAX_SHARE}
 * @param timeoutMillis  time limit of one plug-in call
 */
record EvaluationSettings(Map<String, Integer> weights, BigDecimal excellentFrom, BigDecimal goodFrom,
                          BigDecimal passFrom, BigDecimal excellentShare, long timeoutMillis) {

    static final Map<String, Integer> DEFAULT_WEIGHTS = defaultWeights();
    static final EvaluationSettings DEFAULTS = new EvaluationSettings(DEFAULT_WEIGHTS, BigDecimal.valueOf(90),
            BigDecimal.valueOf(80), BigDecimal.valueOf(60), ExcellentCap.MAX_SHARE, CriterionLines.DEFAULT_TIMEOUT_MS);

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationSettings.class);

    EvaluationSettings {
        weights = Map.copyOf(weights);
    }

    private static Map<String, Integer> defaultWeights() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put(BuiltInCriteria.ORGANISATION, 15);
        weights.put(BuiltInCriteria.DUTIES, 30);
        weights.put(BuiltInCriteria.RESULTS, 25);
        weights.put(BuiltInCriteria.SATISFACTION, 20);
        weights.put(BuiltInCriteria.PUBLICITY, 10);
        return weights;
    }

    /** Keys: {@code weight.<criterion>}, {@code band.excellent}, {@code band.good}, {@code band.pass},
     * {@code excellentShare}, {@code criterionTimeoutMs}. */
    static EvaluationSettings from(Map<String, ?> config) {
        if (config == null) {
            return DEFAULTS;
        }
        Map<String, Integer> weights = new LinkedHashMap<>();
        DEFAULT_WEIGHTS.forEach((id, fallback) -> weights.put(id,
                number(config, "weight." + id, BigDecimal.valueOf(fallback), BigDecimal.ZERO, BigDecimal.valueOf(100))
                        .intValue()));
        BigDecimal excellent = number(config, "band.excellent", DEFAULTS.excellentFrom, BigDecimal.ZERO,
                BigDecimal.valueOf(100));
        BigDecimal good = number(config, "band.good", DEFAULTS.goodFrom, BigDecimal.ZERO, excellent);
        BigDecimal pass = number(config, "band.pass", DEFAULTS.passFrom, BigDecimal.ZERO, good);
        BigDecimal share = number(config, "excellentShare", ExcellentCap.MAX_SHARE, BigDecimal.ZERO,
                ExcellentCap.MAX_SHARE);
        long timeout = number(config, "criterionTimeoutMs", BigDecimal.valueOf(DEFAULTS.timeoutMillis),
                BigDecimal.valueOf(50), BigDecimal.valueOf(60_000)).longValue();
        return new EvaluationSettings(weights, excellent, good, pass, share, timeout);
    }

    Grade band(BigDecimal total) {
        if (total.compareTo(excellentFrom) >= 0) {
            return Grade.EXCELLENT;
        }
        if (total.compareTo(goodFrom) >= 0) {
            return Grade.GOOD;
        }
        return total.compareTo(passFrom) >= 0 ? Grade.PASS : Grade.FAIL;
    }

    ExcellentCap cap() {
        return new ExcellentCap(excellentShare);
    }

    private static BigDecimal number(Map<String, ?> config, String key, BigDecimal fallback, BigDecimal min,
                                     BigDecimal max) {
        Object value = config.get(key);
        if (value == null || value.toString().isBlank()) {
            // a default above a configured upper band (band.excellent = 70 alone) would make a grade unreachable
            return fallback.min(max);
        }
        try {
            BigDecimal number = new BigDecimal(value.toString().strip());
            if (number.compareTo(min) >= 0 && number.compareTo(max) <= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below like a value out of range
        }
        LOG.warn("Ignoring {}={} in io.tepai.evaluation: expected a number from {} to {}; using {}", key, value,
                min.toPlainString(), max.toPlainString(), fallback.toPlainString());
        return fallback;
    }
}
