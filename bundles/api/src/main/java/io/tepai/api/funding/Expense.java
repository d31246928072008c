package io.tepai.api.funding;

import io.tepai.api.Decimals;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry booked against an allocation. Entries are never changed or deleted: a correction is an entry of its own
 * ({@code correctsId} set, {@code amount} the signed difference, {@code reason} required).
 */
public record Expense(long id, long allocationId, int year, ExpenseCategory category, LocalDate spentOn,
                      BigDecimal amount, String description, Long correctsId, String reason, String bookedBy,
                      Instant bookedAt, boolean sample) {

    public Expense {
        amount = Decimals.twoPlaces(amount);
    }
}
