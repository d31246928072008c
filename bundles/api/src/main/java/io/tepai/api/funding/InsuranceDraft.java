package io.tepai.api.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What records a policy; the cover runs from {@code validFrom} to {@code validTo}, both included.
 *
 * @param premium yuan, at most two decimals
 * @param paidFromAllocationId when the premium is paid from the specialist's funds (R-FUND-5), their allocation:
 *                             the premium is booked against it as an expense of category INSURANCE on
 *                             {@code validFrom}, in the same transaction; {@code null} when the unit pays it
 */
public record InsuranceDraft(Long specialistId, String insurer, String policyNumber, LocalDate validFrom,
                             LocalDate validTo, BigDecimal premium, Long paidFromAllocationId) {
}
