package io.tepai.api.intake;

/** The selection steps before the public notice, in their order (R-REC-2). */
public enum StepKind {
    /** Expert review (专家评审): a score or pass/fail for every candidate. */
    REVIEW,
    /** The bureau director's office meeting (局长办公会): its decision. */
    MEETING,
    /** Consultation of the leading group's member units: their answers. */
    CONSULTATION
}
