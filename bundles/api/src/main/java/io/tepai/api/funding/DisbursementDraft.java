package io.tepai.api.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What pays money out against an allocation.
 *
 * @param amount yuan, more than zero, at most two decimals
 * @param paidOn a day of the allocation's programme year
 */
public record DisbursementDraft(Long allocationId, LocalDate paidOn, BigDecimal amount, String reference) {
}
