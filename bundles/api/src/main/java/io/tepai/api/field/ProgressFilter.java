package io.tepai.api.field;

import io.tepai.api.specialist.Classification;

/**
 * Whose progress: specialists dispatched to a county in the year, of a unit, or members of a team, and of a guidance
 * class (R-TIER-2); null values do not filter.
 */
public record ProgressFilter(String county, String unit, Long teamId, Classification guidanceClass) {

    public static final ProgressFilter ALL = new ProgressFilter(null, null, null, null);

    /** Of any guidance class. */
    public ProgressFilter(String county, String unit, Long teamId) {
        this(county, unit, teamId, null);
    }
}
