package io.tepai.spi.incentive;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One incentive granted.
 *
 * @param kind        short machine-readable kind, 1 to 40 characters, e.g. {@code green-channel}, {@code bonus}
 * @param description what is granted, in words the recipient understands, 1 to 500 characters
 * @param amountCny   the amount in yuan (at least 0, at most two decimals) for a monetary incentive, else
 *                    {@code null}
 */
public record Incentive(String kind, String description, BigDecimal amountCny) {

    public Incentive {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }

    /** A monetary incentive: {@code amountCny} at least 0, in yuan with at most two decimals. */
    public static Incentive money(String kind, String description, BigDecimal amountCny) {
        return new Incentive(kind, description, Objects.requireNonNull(amountCny, "amountCny"));
    }

    /** An incentive without money, e.g. a green channel or title points. */
    public static Incentive of(String kind, String description) {
        return new Incentive(kind, description, null);
    }
}
