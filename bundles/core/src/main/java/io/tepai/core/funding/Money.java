package io.tepai.core.funding;

import io.tepai.core.validation.FieldErrors;
import java.math.BigDecimal;

/**
 * Yuan as the API shows them, fen as the database keeps them. Converting never rounds: an amount with a fraction of
 * a fen (1.005) is refused, not silently made 1.00 or 1.01.
 */
final class Money {

    /** 100,000,000,000 yuan in fen: far beyond any budget of the programme, far below overflow of a sum of them. */
    private static final long MAX_FEN = 10_000_000_000_000L;

    private Money() {
    }

    /**
     * The amount in fen, or null after adding the problem to {@code errors}.
     *
     * @param allowZero whether zero is a valid amount (a budget, a correction that cancels) or not (an expense)
     */
    static Long fen(FieldErrors errors, String field, BigDecimal yuan, boolean allowZero) {
        if (yuan == null) {
            errors.add(field, "is required: an amount in yuan with at most two decimals");
            return null;
        }
        BigDecimal fen = yuan.movePointRight(2);
        if (fen.stripTrailingZeros().scale() > 0) {
            errors.add(field, "must be whole fen: at most two decimals, not " + yuan.toPlainString());
            return null;
        }
        if (yuan.signum() < 0 || (!allowZero && yuan.signum() == 0)) {
            errors.add(field, allowZero ? "must not be negative" : "must be more than zero");
            return null;
        }
        if (fen.compareTo(BigDecimal.valueOf(MAX_FEN)) > 0) {
            errors.add(field, "must be at most " + yuan(MAX_FEN).toPlainString() + " yuan");
            return null;
        }
        return fen.longValueExact();
    }

    static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    /** For messages: {@code 120000.00}. */
    static String shown(long fen) {
        return yuan(fen).toPlainString();
    }
}
