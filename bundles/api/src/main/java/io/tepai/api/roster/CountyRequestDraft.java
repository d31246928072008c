package io.tepai.api.roster;

/**
 * Records (or changes) a county's request about a specialist dispatched to it in the year before the roster year.
 *
 * @param year    the roster year; absent: next programme year
 * @param county  the county asking; a county account may leave it out (its own)
 * @param reason  why the county needs (or no longer needs) the specialist
 * @param version the version last read when changing a recorded request; absent the first time
 */
public record CountyRequestDraft(Integer year, String county, Long specialistId, CountyNeed request, String reason,
                                 Long version) {
}
