package io.tepai.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the API shows scores and money: always with two decimals ({@code 66.90}, {@code 20000.00}), whatever scale a
 * number had on its way (a plug-in's score, a configured amount, a database column, a JSON input). Two results of a
 * round side by side then read alike; the API records apply it in their constructors, so REST, CSV and console agree.
 */
public final class Decimals {

    private Decimals() {
    }

    /** A score (0..100) or a sum of yuan with two decimals, rounded half-up; null stays null. */
    public static BigDecimal twoPlaces(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
