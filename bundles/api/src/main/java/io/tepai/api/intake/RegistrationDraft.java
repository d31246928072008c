package io.tepai.api.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit registers a candidate (R-REC-1): the CANDIDATE specialist, the demands matched, and who confirmed for the
 * unit on which day.
 */
public record RegistrationDraft(Long specialistId, List<Long> demandIds, String confirmedBy, LocalDate confirmedOn) {
}
