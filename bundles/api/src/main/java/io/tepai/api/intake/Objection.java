package io.tepai.api.intake;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An objection raised during the public notice against a candidate (R-REC-2).
 *
 * @param raisedOn   the day it was raised, within the notice
 * @param raisedBy   who raised it, as they gave themselves (may be "匿名")
 * @param content    what it says
 * @param resolution the reason of the resolution, empty while open
 */
public record Objection(long id, long intakeId, long registrationId, String candidateName, LocalDate raisedOn,
                        String raisedBy, String content, ObjectionStatus status, String resolution,
                        String resolvedBy, Instant resolvedAt, String recordedBy, Instant recordedAt, boolean sample,
                        long version) {
}
