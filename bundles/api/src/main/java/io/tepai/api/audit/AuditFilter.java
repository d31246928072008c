package io.tepai.api.audit;

import java.time.Instant;

/** Filters for the audit trail; null values do not filter; {@code from} inclusive, {@code to} exclusive. */
public record AuditFilter(String entity, String entityId, String actor, Instant from, Instant to) {
}
