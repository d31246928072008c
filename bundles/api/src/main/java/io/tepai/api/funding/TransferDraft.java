package io.tepai.api.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What records a technology transfer.
 *
 * @param netIncome yuan, more than zero
 * @param teamShare yuan, the part of the net income the R&D team receives
 */
public record TransferDraft(Long specialistId, TechnologyTransfer.TransferKind kind, String title,
                            LocalDate concludedOn, BigDecimal netIncome, BigDecimal teamShare) {
}
