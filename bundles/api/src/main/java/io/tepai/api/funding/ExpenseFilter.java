package io.tepai.api.funding;

/** Filters for listing expenses; null values do not filter. */
public record ExpenseFilter(Integer year, Long allocationId, ExpenseCategory category, Long teamId,
                            Long specialistId, String county, String unit) {

    public static final ExpenseFilter ALL = new ExpenseFilter(null, null, null, null, null, null, null);
}
