package io.tepai.api.evaluation;

/**
 * The renewal proposal for a specialist or team from a published grade (R-REC-4, R-EVAL-4). Which grade leads to
 * which proposal is core's to decide.
 */
public enum Renewal {
    /** Excellent or good: priority for renewal. */
    PRIORITY_RENEWAL,
    /** Pass: renewal weighed with the specialist's wishes and the counties' needs. */
    BY_REVIEW,
    /** Fail: adjusted out of the roster. */
    EXIT
}
