package io.tepai.api.field;

/**
 * Whose progress: specialists dispatched to a county in the year, of a unit, or members of a team; null values do
 * not filter.
 */
public record ProgressFilter(String county, String unit, Long teamId) {

    public static final ProgressFilter ALL = new ProgressFilter(null, null, null);
}
