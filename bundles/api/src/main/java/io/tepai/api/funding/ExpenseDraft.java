package io.tepai.api.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What books an expense.
 *
 * @param amount yuan, more than zero, at most two decimals
 */
public record ExpenseDraft(Long allocationId, ExpenseCategory category, LocalDate spentOn, BigDecimal amount,
                           String description) {
}
