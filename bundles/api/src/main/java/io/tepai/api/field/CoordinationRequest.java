package io.tepai.api.field;

import java.time.Instant;
import java.util.List;

/**
 * A specialist's request for help (R-ESC-1): the team leader assigns members, or it goes up to the dispatching
 * unit or the city office.
 *
 * @param holder          who must act now: {@code team:<id>}, {@code unit:<code>} or {@code city}
 * @param assignedMembers specialists assigned to help
 * @param overdue         open longer than the configured number of days
 */
public record CoordinationRequest(long id, long specialistId, String specialistName, String county,
                                  Long recipientId, String problem, Urgency urgency, RequestStatus status,
                                  String holder, List<Long> assignedMembers, List<RequestStep> steps,
                                  Instant raisedAt, boolean overdue, boolean sample, long version) {

    public CoordinationRequest {
        assignedMembers = List.copyOf(assignedMembers);
        steps = List.copyOf(steps);
    }
}
