package io.tepai.api.roster;

/**
 * Filters of a roster's entries; null means any.
 *
 * @param county entries of specialists dispatched to this county in the year before the roster year
 */
public record RosterEntryFilter(RosterOutcome outcome, String unit, String county, Long specialistId) {

    public static final RosterEntryFilter ALL = new RosterEntryFilter(null, null, null, null);
}
