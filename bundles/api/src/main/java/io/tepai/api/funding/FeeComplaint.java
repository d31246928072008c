package io.tepai.api.funding;

import io.tepai.api.Decimals;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A county's complaint that recipients were charged fees (R-FUND-4: serving them is free), about a specialist, an
 * allocation or both.
 *
 * @param year    the programme year it was filed in (the allocation's, when it names one)
 * @param county  the county that filed it, where the recipients are
 * @param charged yuan, what the recipients were charged
 */
public record FeeComplaint(long id, int year, String county, Long specialistId, String specialistName,
                           Long allocationId, BigDecimal charged, String note, String filedBy, Instant filedAt,
                           boolean sample, long version) {
    public FeeComplaint {
        charged = Decimals.twoPlaces(charged);
    }
}
