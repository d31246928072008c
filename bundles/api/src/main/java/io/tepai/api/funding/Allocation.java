package io.tepai.api.funding;

import io.tepai.api.Decimals;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Money from a budget to a team or a specialist for the budget's programme year (R-FUND-1, R-FUND-2).
 *
 * @param recipientName   the team's or specialist's name
 * @param unit            the dispatching unit that books the expenses (the team's or the specialist's)
 * @param county          where it is spent: the county of a county budget or of a county team, the county a
 *                        specialist serves; null for a city team
 * @param spent           the sum of the expenses booked against it
 * @param remaining       {@code amount - spent}
 * @param exceptionReason why the city office allowed an amount outside R-FUND-1's range, or empty
 */
public record Allocation(long id, long budgetId, int year, String source, Long teamId, Long specialistId,
                         String recipientName, String unit, String county, BigDecimal amount, BigDecimal spent,
                         BigDecimal remaining, String exceptionReason, Instant createdAt, boolean sample,
                         long version) {

    public Allocation {
        amount = Decimals.twoPlaces(amount);
        spent = Decimals.twoPlaces(spent);
        remaining = Decimals.twoPlaces(remaining);
    }
}
