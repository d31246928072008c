package io.tepai.api.funding;

/** Filters for listing budgets; null values do not filter. */
public record BudgetFilter(Integer year, BudgetSource source) {
}
