package io.tepai.api.field;

/**
 * What a specialist sends to raise a request.
 *
 * @param teamId the team to ask; null to go to the dispatching unit directly
 */
public record RequestDraft(Long specialistId, String county, Long recipientId, Long teamId, String problem,
                           Urgency urgency) {
}
