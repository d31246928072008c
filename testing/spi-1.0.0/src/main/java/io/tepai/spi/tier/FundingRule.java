package io.tepai.spi.tier;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a tier grants a specialist per year and who pays it.
 *
 * @param annualAmount amount in yuan (CNY), two decimals at most, never negative; zero when the payer
 *                     decides case by case
 * @param source       whose budget pays
 * @param note         a short explanation shown to users, may be empty
 */
public record FundingRule(BigDecimal annualAmount, FundingSource source, String note) {

    public FundingRule {
        Objects.requireNonNull(annualAmount, "annualAmount");
        Objects.requireNonNull(source, "source");
        if (annualAmount.signum() < 0 || annualAmount.scale() > 2) {
            throw new IllegalArgumentException("Funding must be a non-negative amount with at most two decimals");
        }
        note = note == null ? "" : note;
    }
}
