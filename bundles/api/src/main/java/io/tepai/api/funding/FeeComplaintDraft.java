package io.tepai.api.funding;

import java.math.BigDecimal;

/**
 * What files a fee complaint: a specialist, an allocation or both (then the allocation must be the specialist's).
 *
 * @param county  the county filing; a county account may leave it out (its own)
 * @param charged yuan, more than zero, at most two decimals
 * @param note    what was charged, to whom, when
 */
public record FeeComplaintDraft(String county, Long specialistId, Long allocationId, BigDecimal charged,
                                String note) {
}
