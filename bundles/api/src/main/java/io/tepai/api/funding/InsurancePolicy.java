package io.tepai.api.funding;

import io.tepai.api.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The personal accident insurance a dispatching unit bought for a specialist for the term (R-FUND-5).
 *
 * @param unit    the specialist's dispatching unit, which records it
 * @param premium yuan
 */
public record InsurancePolicy(long id, long specialistId, String specialistName, String unit, String insurer,
                              String policyNumber, LocalDate validFrom, LocalDate validTo, BigDecimal premium,
                              boolean sample, long version) {

    public InsurancePolicy {
        premium = Decimals.twoPlaces(premium);
    }
}
