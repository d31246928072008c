package io.tepai.api.intake;

import java.math.BigDecimal;

/**
 * A step's decision on one candidate.
 *
 * @param registrationId the candidate's registration
 * @param passed         false drops the candidate, with {@code note} as the reason
 * @param score          the review's score, if it scores (0..100); null otherwise
 * @param note           the reason or remark; required when not passed
 */
public record CandidateDecision(Long registrationId, Boolean passed, BigDecimal score, String note) {
}
