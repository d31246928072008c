package io.tepai.api.funding;

import io.tepai.api.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A transfer or licence of a technology by a specialist's R&D team, with the net income and the team's share of it
 * (R-INC-3), in yuan.
 *
 * @param teamSharePercent the team's share as a percentage of the net income, two decimals
 */
public record TechnologyTransfer(long id, long specialistId, String specialistName, String unit, TransferKind kind,
                                 String title, LocalDate concludedOn, BigDecimal netIncome, BigDecimal teamShare,
                                 BigDecimal teamSharePercent, boolean sample, long version) {

    public enum TransferKind { TRANSFER, LICENCE }

    public TechnologyTransfer {
        netIncome = Decimals.twoPlaces(netIncome);
        teamShare = Decimals.twoPlaces(teamShare);
        teamSharePercent = Decimals.twoPlaces(teamSharePercent);
    }
}
