package io.tepai.api.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * A selection step as recorded (R-REC-2).
 *
 * @param kind         which step; it must be the next one
 * @param heldOn       the day it was held, not before the previous step
 * @param participants who took part: the experts, the meeting's attendees, the member units consulted
 * @param decision     the decision or the answers, in words
 * @param reason       the reason for the decision
 * @param candidates   decisions on candidates: the review must decide on every candidate still in selection; later
 *                     steps list only those they drop (or remark on)
 */
public record StepDraft(StepKind kind, LocalDate heldOn, String participants, String decision, String reason,
                        List<CandidateDecision> candidates) {
}
