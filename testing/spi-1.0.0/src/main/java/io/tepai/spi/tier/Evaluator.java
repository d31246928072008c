package io.tepai.spi.tier;

/** Who evaluates a specialist of a tier each year (R-EVAL-2). */
public enum Evaluator {
    /** The city programme office. */
    CITY_OFFICE,
    /** The county the specialist serves. */
    RECEIVING_COUNTY,
    /** The specialist's own dispatching unit. */
    DISPATCHING_UNIT
}
