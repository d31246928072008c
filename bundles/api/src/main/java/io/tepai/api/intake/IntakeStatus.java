package io.tepai.api.intake;

/** How far an intake's selection has come (R-REC-2); each step is allowed only from the status before it. */
public enum IntakeStatus {
    /** Units register candidates until the deadline (R-REC-1). */
    OPEN,
    /** The expert review was held; registration is closed. */
    REVIEWED,
    /** The bureau director's office meeting decided. */
    DECIDED,
    /** The leading group's member units were consulted. */
    CONSULTED,
    /** The public notice (公示) runs or has run; objections are recorded and resolved. */
    NOTICE,
    /** The appointment list is out; the appointed are ACTIVE with a term. */
    APPOINTED
}
