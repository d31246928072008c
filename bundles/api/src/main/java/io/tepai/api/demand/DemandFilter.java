package io.tepai.api.demand;

/**
 * Filters for listing demands; null values do not filter, except {@code year}: null is the current programme year.
 *
 * @param industry the leading industry, exactly as the county names it
 */
public record DemandFilter(String county, String industry, DemandStatus status, Integer year) {

    public static final DemandFilter ALL = new DemandFilter(null, null, null, null);
}
