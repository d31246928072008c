package io.tepai.api.intake;

/** Where a registered candidate stands in the intake's selection. */
public enum RegistrationStatus {
    /** Still in the selection. */
    IN_SELECTION,
    /** Left out by a step or an upheld objection, with the reason. */
    DROPPED,
    /** On the appointment list. */
    APPOINTED
}
