package io.tepai.api.funding;

/**
 * What an inspection found about an allocation (R-FUND-4): in order; money withheld by a unit; misused (spent on
 * something R-FUND-3 does not allow); fees charged to the recipients by the specialist.
 */
public enum FindingKind {
    IN_ORDER,
    WITHHELD,
    MISUSED,
    FEES_CHARGED
}
