package io.tepai.api.field;

/** A coordination request's lifecycle (R-ESC-1). */
public enum RequestStatus {
    /** Raised, with the team (or the unit when the specialist has no team). */
    OPEN,
    /** Team members assigned to help. */
    ASSIGNED,
    /** Passed up to the dispatching unit or the city office. */
    ESCALATED,
    /** Ended with an outcome. */
    RESOLVED,
    /** Ended without one, with a reason. */
    CLOSED
}
