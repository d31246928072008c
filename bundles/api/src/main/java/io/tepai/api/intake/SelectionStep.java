package io.tepai.api.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recorded selection step; see {@link StepDraft}. */
public record SelectionStep(long id, long intakeId, StepKind kind, LocalDate heldOn, String participants,
                            String decision, String reason, List<CandidateDecision> candidates, String recordedBy,
                            Instant recordedAt) {
}
