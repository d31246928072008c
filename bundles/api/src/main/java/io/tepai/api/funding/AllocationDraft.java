package io.tepai.api.funding;

import java.math.BigDecimal;

/**
 * What allocates money: to a team or to a specialist (exactly one).
 *
 * @param amount          yuan, at most two decimals; for a specialist, null takes the tier's annual funding
 * @param exceptionReason the city office's reason for a team amount outside R-FUND-1's range
 */
public record AllocationDraft(Long budgetId, Long teamId, Long specialistId, BigDecimal amount,
                              String exceptionReason) {
}
