package io.tepai.api.dispatch;

import io.tepai.spi.tier.SupportLevel;

/** Filters for listing assignments; null or empty values do not filter. */
public record AssignmentFilter(String county, Integer year, Long specialistId, String unit, SupportLevel level) {

    public static final AssignmentFilter ALL = new AssignmentFilter(null, null, null, null, null);
}
