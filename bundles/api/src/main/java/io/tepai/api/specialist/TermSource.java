package io.tepai.api.specialist;

/** How a term (聘期) came about. */
public enum TermSource {
    /** Appointed at the end of an intake's selection (R-REC-2). */
    APPOINTMENT,
    /** Renewed in the yearly roster adjustment (R-REC-4). */
    RENEWAL,
    /**
     * Recorded by the city office outside a selection, with a documented reason: e.g. a specialist appointed before
     * Tepai kept the records.
     */
    EXCEPTION
}
