package io.tepai.api.funding;

/** Filters for listing allocations; null values do not filter. */
public record AllocationFilter(Integer year, Long budgetId, Long teamId, Long specialistId, String county,
                               String unit) {

    public static final AllocationFilter ALL = new AllocationFilter(null, null, null, null, null, null);
}
