package io.tepai.api.funding;

import java.math.BigDecimal;

/**
 * What opens a budget.
 *
 * @param source {@code CITY}, {@code COUNTY:<code>} or {@code UNIT:<code>}
 * @param amount yuan, at most two decimals
 */
public record BudgetDraft(Integer year, String source, BigDecimal amount, String note) {
}
