package io.tepai.api.funding;

import java.math.BigDecimal;

/**
 * What corrects an expense: the amount it should have been (zero cancels it) and why.
 *
 * @param amount yuan, at most two decimals, not negative
 */
public record ExpenseCorrection(BigDecimal amount, String reason) {
}
