package io.tepai.api.funding;

import io.tepai.api.Decimals;
import java.math.BigDecimal;

/**
 * One source's budget for one programme year, in yuan.
 *
 * @param allocated   the sum of the allocations made from it
 * @param unallocated what is left to allocate: {@code amount - allocated}, never negative
 * @param spent       the sum of the expenses booked against its allocations
 */
public record Budget(long id, int year, String source, BigDecimal amount, BigDecimal allocated,
                     BigDecimal unallocated, BigDecimal spent, String note, boolean sample, long version) {

    public Budget {
        amount = Decimals.twoPlaces(amount);
        allocated = Decimals.twoPlaces(allocated);
        unallocated = Decimals.twoPlaces(unallocated);
        spent = Decimals.twoPlaces(spent);
    }
}
