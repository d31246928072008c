package io.tepai.api.specialist;

/** Where a specialist stands in the programme. */
public enum SpecialistStatus {
    /** Registered by the unit, going through selection (R-REC-1, R-REC-2). */
    CANDIDATE,
    /** Appointed and serving. */
    ACTIVE,
    /** Left the programme: term ended, adjusted out (R-REC-4) or withdrew. */
    EXITED
}
