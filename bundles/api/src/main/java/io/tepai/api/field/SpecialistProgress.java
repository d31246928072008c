package io.tepai.api.field;

import java.math.BigDecimal;

/**
 * One specialist's confirmed service in a programme year against their tier's threshold (R-SVC-2).
 *
 * @param minFieldDays  the tier's field-day threshold; zero when days are not a criterion
 * @param minServices   the tier's service-count threshold; zero when counts are not a criterion
 * @param fieldDays     confirmed field days
 * @param services      confirmed services (logs)
 * @param status        met / on track / behind
 * @param explanation   why, in words, e.g. "12 of 30 field days and 5 of 12 services; 60% of the year elapsed"
 */
public record SpecialistProgress(long specialistId, String name, String unitCode, String tierId,
                                 BigDecimal minFieldDays, int minServices, BigDecimal fieldDays, int services,
                                 ProgressStatus status, String explanation) {
}
