package io.tepai.api.intake;

import java.time.LocalDate;

/** An objection as the city office records it; {@code raisedOn} defaults to today. */
public record ObjectionDraft(Long registrationId, LocalDate raisedOn, String raisedBy, String content) {
}
