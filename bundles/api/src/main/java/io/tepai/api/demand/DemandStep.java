package io.tepai.api.demand;

import java.time.Instant;

/**
 * One step of a demand's history, with who took it and when.
 *
 * @param action  recorded, published, contacted (a candidate match), confirmed, served or withdrawn
 * @param actor   the account that took it
 * @param matchId the candidate match a {@code contacted} or {@code confirmed} step is about, else null
 * @param note    the contact's note, the expert confirmed, the serving assignment, the reason for withdrawal
 */
public record DemandStep(Instant at, String action, String actor, Long matchId, String note) {
}
