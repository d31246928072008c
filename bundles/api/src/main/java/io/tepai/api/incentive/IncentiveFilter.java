package io.tepai.api.incentive;

/** Filters for listing incentives; null values do not filter. */
public record IncentiveFilter(Integer year, Long roundId, String county, String unit, String policyId) {

    public static final IncentiveFilter ALL = new IncentiveFilter(null, null, null, null, null);
}
