package io.tepai.spi.incentive;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One incentive granted.
 *
 * @param kind        short machine-readable kind, e.g. {@code green-channel}, {@code bonus}, {@code title-points}
 * @param description what is granted, in words the recipient understands, at most 500 characters
 * @param amountCny   the amount in yuan for a monetary incentive, else {@code null}
 */
public record Incentive(String kind, String description, BigDecimal amountCny) {

    public Incentive {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }

    /** An incentive without money, e.g. a green channel or title points. */
    public static Incentive of(String kind, String description) {
        return new Incentive(kind, description, null);
    }
}
