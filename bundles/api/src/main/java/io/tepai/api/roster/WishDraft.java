package io.tepai.api.roster;

/**
 * Records (or changes) a specialist's wish for a roster year.
 *
 * @param year    the roster year; absent: next programme year
 * @param note    why, optional
 * @param version the version last read when changing a recorded wish; absent the first time
 */
public record WishDraft(Integer year, Long specialistId, Wish wish, String note, Long version) {
}
