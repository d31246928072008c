package io.tepai.api.funding;

import io.tepai.api.Decimals;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Money paid out against an allocation, in yuan; never changed. What was paid, set against what was allocated, shows
 * that nothing was withheld (R-FUND-4).
 *
 * @param reference the payment's voucher or bank reference
 */
public record Disbursement(long id, long allocationId, int year, LocalDate paidOn, BigDecimal amount,
                           String reference, String paidBy, Instant paidAt, boolean sample) {
    public Disbursement {
        amount = Decimals.twoPlaces(amount);
    }
}
