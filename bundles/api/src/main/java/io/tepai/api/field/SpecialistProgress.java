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
 * @param explanation   why, in English, e.g. "12 of 30 field days or 5 of 12 services; 60% of the year elapsed, …"
 * @param explanationZh the same in Chinese, for the county officials who read it (zh-CN first, as names are)
 */
public record SpecialistProgress(long specialistId, String name, String unitCode, String tierId,
                                 BigDecimal minFieldDays, int minServices, BigDecimal fieldDays, int services,
                                 ProgressStatus status, String explanation, String explanationZh) {

    /** Without a Chinese explanation: the English one stands in for it. */
    public SpecialistProgress(long specialistId, String name, String unitCode, String tierId,
                              BigDecimal minFieldDays, int minServices, BigDecimal fieldDays, int services,
                              ProgressStatus status, String explanation) {
        this(specialistId, name, unitCode, tierId, minFieldDays, minServices, fieldDays, services, status,
                explanation, explanation);
    }
}
