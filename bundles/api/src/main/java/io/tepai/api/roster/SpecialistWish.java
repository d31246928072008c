package io.tepai.api.roster;

import java.time.Instant;

/**
 * A specialist's wish for a roster year, recorded by the specialist or their unit.
 *
 * @param year the roster year the wish is about (next year)
 */
public record SpecialistWish(long id, int year, long specialistId, String specialistName, String unit, Wish wish,
                             String note, String recordedBy, Instant recordedAt, boolean sample, long version) {
}
