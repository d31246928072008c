package io.tepai.spi.tier;

/** Whose budget pays a tier's annual funding (R-FUND-1, R-FUND-2). */
public enum FundingSource {
    PROVINCE,
    CITY,
    COUNTY,
    UNIT
}
