package io.tepai.api.field;

import java.time.Instant;

/**
 * One timestamped step of a coordination request.
 *
 * @param action raised, assigned, escalated, resolved or closed
 * @param actor  the account that took it
 * @param holder who holds the request after it: {@code team:<id>}, {@code unit:<code>} or {@code city}
 * @param note   what was said: the assignment, the escalation's reason, the outcome, the closing reason
 */
public record RequestStep(Instant at, String action, String actor, String holder, String note) {
}
