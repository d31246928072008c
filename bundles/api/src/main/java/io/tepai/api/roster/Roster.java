package io.tepai.api.roster;

import java.time.Instant;
import java.util.Map;

/**
 * The roster of a programme year.
 *
 * @param year     the programme year the roster is for
 * @param outcomes how many entries have each outcome in force
 * @param entries  how many specialists are on it
 * @param adjusted how many entries the city office adjusted
 */
public record Roster(long id, int year, RosterStatus status, Map<RosterOutcome, Long> outcomes, long entries,
                     long adjusted, String preparedBy, Instant preparedAt, String confirmedBy, Instant confirmedAt,
                     boolean sample, long version) {
}
