package io.tepai.spi.tier;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A yearly field-service threshold (R-SVC-2): at least {@code minFieldDays} days in the field <em>or</em>
 * at least {@code minServices} services; either one suffices. A zero part is not a criterion (so
 * {@code 120 days, 0 services} asks for 120 field days and counts no services); zero in both means
 * "no threshold".
 *
 * @param minFieldDays field days needed, in half-day steps, never negative
 * @param minServices  services needed, never negative
 */
public record ServiceThreshold(BigDecimal minFieldDays, int minServices) {

    public ServiceThreshold {
        Objects.requireNonNull(minFieldDays, "minFieldDays");
        if (minFieldDays.signum() < 0 || minServices < 0) {
            throw new IllegalArgumentException("A service threshold cannot be negative");
        }
    }

    /** No threshold: the tier's service is not measured in days or counts. */
    public static ServiceThreshold none() {
        return new ServiceThreshold(BigDecimal.ZERO, 0);
    }

    public boolean isNone() {
        return minFieldDays.signum() == 0 && minServices == 0;
    }
}
