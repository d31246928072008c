package io.tepai.api.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What records a policy; the cover runs from {@code validFrom} to {@code validTo}, both included.
 *
 * @param premium yuan, at most two decimals
 */
public record InsuranceDraft(Long specialistId, String insurer, String policyNumber, LocalDate validFrom,
                             LocalDate validTo, BigDecimal premium) {
}
