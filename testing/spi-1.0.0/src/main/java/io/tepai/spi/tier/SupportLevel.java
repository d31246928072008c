package io.tepai.spi.tier;

/** The government level whose programme supports a specialist (R-TIER-1, R-REC-3). */
public enum SupportLevel {
    /** Province programme (省派, and 县派省资助 funded by the province). */
    PROVINCE,
    /** City programme (市派): funded from the city S&amp;T bureau's budget. */
    CITY,
    /** County programme (县派): funded by county finance. */
    COUNTY,
    /** The dispatching unit's own programme (本级): funding and evaluation are the unit's own business. */
    UNIT
}
