package io.tepai.api.demand;

import java.time.LocalDate;

/**
 * What records an expert's contact with a demand's recipient.
 *
 * @param contactedOn the day of the contact, not in the future; null for today
 * @param note        what was agreed with the contact person
 */
public record MatchDraft(Long specialistId, LocalDate contactedOn, String note) {
}
