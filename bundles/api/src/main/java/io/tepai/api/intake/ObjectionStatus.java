package io.tepai.api.intake;

/** An objection raised during the public notice, and how it was resolved (R-REC-2). */
public enum ObjectionStatus {
    /** Recorded, not yet resolved: blocks the appointment. */
    OPEN,
    /** Upheld: the candidate is dropped, with the reason. */
    UPHELD,
    /** Dismissed, with the reason. */
    DISMISSED
}
