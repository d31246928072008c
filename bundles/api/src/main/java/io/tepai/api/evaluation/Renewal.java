package io.tepai.api.evaluation;

import io.tepai.spi.evaluation.Grade;

/** The renewal proposal for a specialist from a published grade (R-REC-4, R-EVAL-4). */
public enum Renewal {
    /** Excellent or good: priority for renewal. */
    PRIORITY_RENEWAL,
    /** Pass: renewal weighed with the specialist's wishes and the counties' needs. */
    BY_REVIEW,
    /** Fail: adjusted out of the roster. */
    EXIT;

    public static Renewal of(Grade grade) {
        return switch (grade) {
            case EXCELLENT, GOOD -> PRIORITY_RENEWAL;
            case PASS -> BY_REVIEW;
            case FAIL -> EXIT;
        };
    }
}
