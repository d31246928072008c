package io.tepai.spi.tier;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The configuration of a tier, {@code etc/io.tepai.tier.<id>.cfg} (PID {@value #PID_PREFIX}{@code <id>}), read the
 * same way for Tepai's built-in tiers and for plug-in tiers. Tepai does not configure a plug-in's tier itself: the
 * plug-in's component names the PID and reads its configuration here, e.g.
 *
 * <pre>
 * &#64;Component(service = SpecialistTier.class, configurationPid = TierConfiguration.PID_PREFIX + "hpu-own")
 * public class HpuOwnTier implements SpecialistTier {
 *     &#64;Activate &#64;Modified
 *     void configure(Map&lt;String, Object&gt; config) {
 *         threshold = TierConfiguration.threshold(config, DEFAULT_THRESHOLD, problem -&gt; ...);
 *     }
 * }
 * </pre>
 *
 * Keys: {@value #MIN_FIELD_DAYS}, {@value #MIN_SERVICES} (R-SVC-2) and {@value #ANNUAL_FUNDING} (R-FUND-1). A key
 * that is missing keeps the value it modifies; a value that is not a number, or a threshold or amount its record
 * refuses, is reported to {@code problems} and keeps the previous value too, so that a typo never empties a tier.
 */
public final class TierConfiguration {

    /** The PID of a tier's configuration is this prefix followed by the tier's id. */
    public static final String PID_PREFIX = "io.tepai.tier.";
    public static final String MIN_FIELD_DAYS = "minFieldDays";
    public static final String MIN_SERVICES = "minServices";
    public static final String ANNUAL_FUNDING = "annualFunding";

    private TierConfiguration() {
    }

    /** The threshold the configuration sets, starting from {@code current}. */
    public static ServiceThreshold threshold(Map<String, ?> config, ServiceThreshold current,
                                             Consumer<String> problems) {
        BigDecimal days = decimal(config, MIN_FIELD_DAYS, current.minFieldDays(), problems);
        int services = wholeNumber(config, current.minServices(), problems);
        try {
            return new ServiceThreshold(days, services);
        } catch (IllegalArgumentException e) {
            problems.accept("threshold rejected (" + e.getMessage() + "); keeping " + current);
            return current;
        }
    }

    /** The funding the configuration sets, starting from {@code current}; source and note stay the tier's. */
    public static FundingRule funding(Map<String, ?> config, FundingRule current, Consumer<String> problems) {
        BigDecimal amount = decimal(config, ANNUAL_FUNDING, current.annualAmount(), problems);
        try {
            return new FundingRule(amount, current.source(), current.note());
        } catch (IllegalArgumentException e) {
            problems.accept("funding rejected (" + e.getMessage() + "); keeping " + current.annualAmount());
            return current;
        }
    }

    private static int wholeNumber(Map<String, ?> config, int current, Consumer<String> problems) {
        try {
            return decimal(config, MIN_SERVICES, BigDecimal.valueOf(current), problems).intValueExact();
        } catch (ArithmeticException e) {
            problems.accept(MIN_SERVICES + " must be a whole number; keeping " + current);
            return current;
        }
    }

    private static BigDecimal decimal(Map<String, ?> config, String key, BigDecimal current,
                                      Consumer<String> problems) {
        Object value = config.get(key);
        if (value == null) {
            return current;
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            problems.accept("'" + value + "' is not a number for " + key + "; keeping " + current);
            return current;
        }
    }
}
