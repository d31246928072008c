package io.tepai.api.roster;

import java.time.Instant;

/**
 * A county's request to keep or release a specialist who served it, for a roster year.
 *
 * @param year the roster year the request is about (next year)
 */
public record CountyRequest(long id, int year, String county, long specialistId, String specialistName,
                            CountyNeed request, String reason, String recordedBy, Instant recordedAt, boolean sample,
                            long version) {
}
