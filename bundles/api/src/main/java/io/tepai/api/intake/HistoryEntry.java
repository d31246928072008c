package io.tepai.api.intake;

import java.time.LocalDate;

/**
 * One event in a candidate's selection.
 *
 * @param on      the day
 * @param event   REGISTERED, REVIEW, MEETING, CONSULTATION, NOTICE, OBJECTION, OBJECTION_UPHELD,
 *                OBJECTION_DISMISSED, APPOINTED
 * @param outcome what it meant for the candidate (passed, score, dropped, term …)
 * @param reason  the reason given
 * @param by      who recorded it
 */
public record HistoryEntry(LocalDate on, String event, String outcome, String reason, String by) {
}
